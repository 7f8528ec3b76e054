import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, type TestContext, vi } from 'vitest';
import { groupAlive } from '../scripts/server-process';
import { rootDir } from './lib';
import { startPreview } from './preview';

// Every process started from here inherits this variable, whatever group it ends up in, so a
// scan of /proc finds any that is left behind (Linux only, as the rest of the project).
const TAG = 'BENCH_PROCESS_TEST_TAG';

function taggedProcesses(value: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
      if (environ.split('\0').includes(`${TAG}=${value}`)) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/**
 * The tagged processes still running after a grace period, each with its command line. A child
 * that ends on its own once its parent has gone (it sees its pipe close) needs a moment: a
 * clean-clone CI run once found two such processes at the very instant the bench had exited.
 */
async function leftBehind(tag: string, graceMs = 5_000): Promise<string[]> {
  try {
    await vi.waitUntil(() => taggedProcesses(tag).length === 0, { timeout: graceMs, interval: 50 });
    return [];
  } catch {
    return taggedProcesses(tag).map((pid) => {
      try {
        return `${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ')}`;
      } catch {
        return `${pid}: (gone)`;
      }
    });
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/** A tag for the current test's processes; a failing test must not leave them running. */
function newTag(name: string, { onTestFinished }: TestContext): string {
  const tag = `${name}-${process.pid}-${Date.now()}`;
  onTestFinished(() => {
    for (const pid of taggedProcesses(tag)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  return tag;
}

/**
 * An interrupted run starts three Node processes (the bench, local-aws, vite preview): about
 * 7 s alone here, and over 20 s while the rest of the unit tests run beside it on two cores.
 */
const INTERRUPTED_RUN_MS = 60_000;

let outDir: string;
beforeAll(() => {
  // A build of one page: the helpers are under test here, not the app (dist/ may not exist yet).
  outDir = mkdtempSync(join(tmpdir(), 'bench-preview-test-'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>bench preview test</title>');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('bench servers', () => {
  it('stopping the preview helper leaves no process of it and frees its port', async (context) => {
    const tag = newTag('preview', context);
    process.env[TAG] = tag;
    process.env.BENCH_OUT_DIR = outDir;
    try {
      const preview = await startPreview();
      const port = Number(new URL(preview.url).port);
      expect(taggedProcesses(tag)).not.toEqual([]);
      expect(await portFree(port)).toBe(false);

      await preview.stop();

      expect(groupAlive(preview.pid)).toBe(false);
      expect(taggedProcesses(tag)).toEqual([]);
      expect(await portFree(port)).toBe(true);
    } finally {
      delete process.env[TAG];
      delete process.env.BENCH_OUT_DIR;
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(
      `a bench run interrupted by ${signal} leaves no process it started and frees the ports`,
      async (context) => {
        const tag = newTag(`bench-${signal}`, context);
        const bench = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', 'page-weight'], {
          cwd: rootDir,
          env: { ...process.env, [TAG]: tag, BENCH_OUT_DIR: outDir },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        const exited = new Promise<{ code: number | null; signal: string | null }>((resolveExit) =>
          bench.once('exit', (code, exitSignal) => resolveExit({ code, signal: exitSignal })),
        );
        // The page-weight bench starts local-aws, then the preview: interrupt once both serve.
        const servers = await announcedServers(bench, 2);
        expect(servers.map((s) => s.name)).toEqual(['local-aws', 'vite preview']);
        for (const server of servers) expect(groupAlive(server.group)).toBe(true);

        bench.kill(signal);
        const exit = await exited;

        expect(exit.code).toBe(signal === 'SIGINT' ? 130 : 143);
        for (const server of servers) {
          expect(groupAlive(server.group)).toBe(false);
          expect(await portFree(server.port)).toBe(true);
        }
        expect(await leftBehind(tag)).toEqual([]);
      },
      INTERRUPTED_RUN_MS,
    );
  }
});

interface Announced {
  name: string;
  port: number;
  group: number;
}

/** The servers the bench says it started, from its "(name on URL, process group N)" lines. */
function announcedServers(bench: ChildProcess, count: number): Promise<Announced[]> {
  return new Promise((resolveServers, reject) => {
    const servers: Announced[] = [];
    const lines = createInterface({ input: bench.stderr! });
    lines.on('line', (line) => {
      const match = /\((.+) on http:\/\/[\d.]+:(\d+), process group (\d+)\)/.exec(line);
      if (!match) return;
      servers.push({ name: match[1]!, port: Number(match[2]), group: Number(match[3]) });
      if (servers.length === count) resolveServers(servers);
    });
    bench.once('exit', (code) =>
      reject(new Error(`the bench exited (code ${code}) after starting ${servers.length} servers`)),
    );
  });
}
