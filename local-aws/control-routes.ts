import type { ServerResponse } from 'node:http';
import type { FaultRule, Faults } from './core/faults';
import { type RawRequest, type RequestHead, send } from './core/http';
import type { RequestLog } from './core/request-log';
import type { LocalAwsOptions } from './core/types';
import type { LocalWorld } from './core/world';

/** What the `/_local/*` routes act on. */
export interface ControlTarget {
  world: LocalWorld;
  options: LocalAwsOptions;
  faults: Faults;
  log: RequestLog;
  /** Back to the seed: state, faults, log, clock and job delays. */
  reset(): void;
}

export const isControlRequest = (head: RequestHead) => head.rawPath.startsWith('/_local/');

/**
 * The emulator's own operations for tests and demos, plain JSON over HTTP: health, reset,
 * faults, the request log, the clock and job delays. They are not AWS: unsigned, no faults,
 * not logged.
 */
export async function serveControl(
  target: ControlTarget,
  raw: RawRequest,
  res: ServerResponse,
  common: Record<string, string>,
): Promise<void> {
  const { world, options, faults, log } = target;
  const reply = (status: number, value: unknown) =>
    send(res, {
      status,
      headers: { ...common, 'content-type': 'application/json' },
      body: JSON.stringify(value),
    });
  const bodyJson = (): unknown => {
    const text = raw.body.toString('utf8');
    return text ? JSON.parse(text) : {};
  };
  try {
    const route = `${raw.method} ${new URL(raw.rawPath, 'http://local').pathname}`;
    switch (route) {
      case 'GET /_local/health':
        return reply(200, { status: 'ok', region: options.region });
      case 'POST /_local/reset':
        target.reset();
        return reply(200, { reset: true });
      case 'GET /_local/faults':
        return reply(200, { rules: faults.list() });
      case 'POST /_local/faults':
        faults.set(((bodyJson() as { rules?: FaultRule[] }).rules ?? []) as FaultRule[]);
        return reply(200, { rules: faults.list() });
      case 'DELETE /_local/faults':
        faults.clear();
        return reply(200, { rules: [] });
      case 'GET /_local/requests':
        return reply(200, { requests: log.entries });
      case 'DELETE /_local/requests':
        log.clear();
        return reply(200, { requests: [] });
      case 'POST /_local/job-delays': {
        // Tests that watch a job change state slow jobs down for a while; reset restores.
        const { queuedMs, inProgressMs } = bodyJson() as Partial<LocalAwsOptions['jobDelays']>;
        const valid = (ms: unknown) => typeof ms === 'number' && ms >= 0 && ms <= 600_000;
        if (
          (queuedMs !== undefined && !valid(queuedMs)) ||
          (inProgressMs !== undefined && !valid(inProgressMs))
        )
          return reply(400, { error: 'queuedMs and inProgressMs are milliseconds, 0 to 600000' });
        options.jobDelays = {
          queuedMs: queuedMs ?? options.jobDelays.queuedMs,
          inProgressMs: inProgressMs ?? options.jobDelays.inProgressMs,
        };
        return reply(200, options.jobDelays);
      }
      case 'POST /_local/clock':
        world.setClockOffset(Number((bodyJson() as { offsetMs?: number }).offsetMs ?? 0));
        return reply(200, { offsetMs: world.clockOffset, now: world.now().toISOString() });
      default:
        return reply(404, { error: `no local route ${route}` });
    }
  } catch (error) {
    return reply(400, { error: String(error) });
  }
}
