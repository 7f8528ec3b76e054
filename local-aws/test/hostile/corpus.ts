import { request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { type EventLoopUtilization, performance } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import type { Answer } from './requests';

// The hostile corpus: every attack of local-aws.md "Hostile input" (issue 10), replayed
// against a running emulator, each checked for AWS's answer and for `/_local/health`
// answering within 100 ms while it runs. Loopback only; each case is bounded in count.

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** How long `/_local/health` may take while an attack runs. */
export const HEALTH_BUDGET_MS = 100;

export interface HostileCase {
  /** The item of issue 10 it replays. */
  item: number;
  name: string;
  /** Sends the attack (and anything it needs first); returns what came back. */
  attack(url: string): Promise<Answer>;
  /** AWS's answer: status, error code (none for a success) and, where it says, message. */
  expected: { status: number; code?: string; message?: string | RegExp };
}

function health(url: string): Promise<void> {
  return new Promise((resolveHealth, reject) => {
    const req = httpRequest(`${url}/_local/health`, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolveHealth());
    });
    req.on('error', reject);
    req.end();
  });
}

export interface Watched<T> {
  result: T;
  /**
   * The slowest `/_local/health` answer while the attack ran (one still out counts too),
   * counting only time the emulator spent working: by the wall clock, by this process's
   * CPU time in its own code (user time), and by its event loop's busy time, whichever is
   * least. A wait for a CPU is not a stall (this machine runs several test suites at once),
   * nor is the kernel's network work, which a loaded machine bills to whichever process
   * is running; a stall (a loop held by a regular expression, a parser, a buffer being
   * filled) is all three, and counts in full.
   */
  worstHealthMs: number;
  /** The same, by the wall clock. */
  worstHealthWallMs: number;
  /** The largest growth of this process's resident memory while the attack ran. */
  rssGrowthBytes: number;
}

const userCpuMs = (since: NodeJS.CpuUsage) => process.cpuUsage(since).user / 1000;

/** The pause between two health requests (not counted as latency). */
const PAUSE_MS = 5;

/**
 * Runs an attack while `/_local/health` is asked, one request at a time, until it ends. The
 * latency counted for each is from the end of the one before (less the pause), so that no
 * moment of the attack goes unwatched.
 */
export async function watched<T>(url: string, attack: () => Promise<T>): Promise<Watched<T>> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  let done = false;
  let worst = 0;
  let worstWall = 0;
  let since: { wall: number; cpu: NodeJS.CpuUsage; loop: EventLoopUtilization } | undefined;
  const measure = () => {
    if (!since) return;
    const wall = Math.max(0, performance.now() - since.wall - PAUSE_MS);
    const busy = performance.eventLoopUtilization(since.loop).active;
    worstWall = Math.max(worstWall, wall);
    worst = Math.max(worst, Math.min(wall, userCpuMs(since.cpu), busy));
  };
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const poller = (async () => {
    while (!done) {
      // Measured from before the pause: a stall that begins between two requests delays
      // the next one as much as one that begins during a request.
      since = {
        wall: performance.now(),
        cpu: process.cpuUsage(),
        loop: performance.eventLoopUtilization(),
      };
      await new Promise((r) => setTimeout(r, PAUSE_MS));
      await health(url);
      measure();
      since = undefined;
    }
  })();
  try {
    const result = await attack();
    measure();
    return {
      result,
      worstHealthMs: worst,
      worstHealthWallMs: worstWall,
      rssGrowthBytes: peak - baseline,
    };
  } finally {
    done = true;
    clearInterval(sampler);
    await poller;
  }
}

/** One test per case: AWS's answer, and health within budget while it ran. */
export function replay(local: { url: string }, cases: readonly HostileCase[]): void {
  it.each(cases.map((c) => [`${c.item}. ${c.name}`, c] as const))('%s', async (_, c) => {
    const { result, worstHealthMs } = await watched(local.url, () => c.attack(local.url));
    expect({ status: result.status, code: result.code }, result.text.slice(0, 500)).toEqual({
      status: c.expected.status,
      code: c.expected.code ?? '',
    });
    if (c.expected.message !== undefined) expect(result.message).toMatch(c.expected.message);
    // No answer carries internal state (the request context once held the data directory).
    expect(result.text).not.toContain(REPO_ROOT);
    expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
  });
}
