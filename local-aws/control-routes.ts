import type { ServerResponse } from 'node:http';
import { BodyTooLarge, type IncomingBody } from './core/body';
import { type Faults, parseFaultRules } from './core/faults';
import { type RequestHead, send } from './core/http';
import type { RequestLog } from './core/request-log';
import { type LocalAwsOptions, resourceDelaysOf } from './core/types';
import { MAX_CLOCK_OFFSET_MS, type LocalWorld } from './core/world';

/** What the `/_local/*` routes act on. */
export interface ControlTarget {
  world: LocalWorld;
  options: LocalAwsOptions;
  faults: Faults;
  log: RequestLog;
  /** Back to the seed: state, faults, log, clock, job and resource delays. */
  reset(): void;
}

export const isControlRequest = (head: RequestHead) => head.rawPath.startsWith('/_local/');

/** The control routes' bodies are a few rules or numbers. */
const CONTROL_BODY_LIMIT = 64 * 1024;

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

/** `http://127.0.0.1:5173`, `http://localhost`, `http://[::1]:80`: a page served from this machine. */
function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return /^https?:$/.test(url.protocol) && LOOPBACK_HOST.test(url.host);
  } catch {
    return false;
  }
}

const isLoopbackAddress = (address: string | undefined) =>
  address !== undefined && /^(?:127\.|::1$|::ffff:127\.)/.test(address);

/**
 * Why a control request is refused, if it is: the routes reset, reconfigure and read the
 * emulator's state, so only this machine may call them. A browser page elsewhere sends its
 * Origin; a page that rebinds its own DNS name to 127.0.0.1 sends its Host; another machine
 * (with `--host 0.0.0.0`) connects from its own address.
 */
function refusal(head: RequestHead, remoteAddress: string | undefined): string | undefined {
  const origin = head.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin))
    return `the /_local routes answer pages on this machine only, not ${origin}`;
  if (!LOOPBACK_HOST.test(head.headers.host ?? ''))
    return 'the /_local routes answer requests to a loopback address only';
  if (!isLoopbackAddress(remoteAddress))
    return 'the /_local routes answer requests from this machine only';
  return undefined;
}

class BadRequest extends Error {}

/** A JSON object body, or BadRequest: checked whole before any route changes anything. */
async function jsonObject(body: IncomingBody): Promise<Record<string, unknown>> {
  const text = (await body.read(CONTROL_BODY_LIMIT)).toString('utf8');
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequest('the body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadRequest('the body is not a JSON object');
  return value as Record<string, unknown>;
}

function clockOffset(input: Record<string, unknown>): number {
  const { offsetMs = 0, ...rest } = input;
  if (Object.keys(rest).length > 0)
    throw new BadRequest(`unknown member ${Object.keys(rest)[0]}; the clock takes offsetMs`);
  if (typeof offsetMs !== 'number' || !Number.isInteger(offsetMs))
    throw new BadRequest('offsetMs is a whole number of milliseconds');
  if (Math.abs(offsetMs) > MAX_CLOCK_OFFSET_MS)
    throw new BadRequest(`offsetMs is at most ${MAX_CLOCK_OFFSET_MS} either way (ten years)`);
  return offsetMs;
}

function jobDelays(
  input: Record<string, unknown>,
  current: LocalAwsOptions['jobDelays'],
): LocalAwsOptions['jobDelays'] {
  const { queuedMs, inProgressMs, ...rest } = input;
  const valid = (ms: unknown) =>
    ms === undefined ||
    (typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= 600_000);
  if (Object.keys(rest).length > 0 || !valid(queuedMs) || !valid(inProgressMs))
    throw new BadRequest('queuedMs and inProgressMs are milliseconds, 0 to 600000');
  return {
    queuedMs: (queuedMs as number | undefined) ?? current.queuedMs,
    inProgressMs: (inProgressMs as number | undefined) ?? current.inProgressMs,
  };
}

function resourceDelays(
  input: Record<string, unknown>,
  current: NonNullable<LocalAwsOptions['resourceDelays']>,
): NonNullable<LocalAwsOptions['resourceDelays']> {
  const { vocabularyMs, languageModelMs, ...rest } = input;
  const valid = (ms: unknown) =>
    ms === undefined ||
    (typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= 600_000);
  if (Object.keys(rest).length > 0 || !valid(vocabularyMs) || !valid(languageModelMs))
    throw new BadRequest('vocabularyMs and languageModelMs are milliseconds, 0 to 600000');
  return {
    vocabularyMs: (vocabularyMs as number | undefined) ?? current.vocabularyMs,
    languageModelMs: (languageModelMs as number | undefined) ?? current.languageModelMs,
  };
}

/**
 * The emulator's own operations for tests and demos, plain JSON over HTTP: health, reset,
 * faults, the request log, the clock and job delays. They are not AWS: unsigned, no faults,
 * not logged, for this machine only. Each checks its whole input before it changes anything.
 */
export async function serveControl(
  target: ControlTarget,
  head: RequestHead,
  body: IncomingBody,
  res: ServerResponse,
  common: Record<string, string>,
): Promise<void> {
  const { world, options, faults, log } = target;
  const refused = refusal(head, res.socket?.remoteAddress);
  const headers = refused
    ? Object.fromEntries(Object.entries(common).filter(([name]) => !name.startsWith('access-')))
    : common;
  const reply = (status: number, value: unknown) =>
    send(res, {
      status,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(value),
    });
  if (refused) return reply(403, { error: refused });
  if (head.method === 'OPTIONS') {
    res.writeHead(204, {
      ...headers,
      'access-control-allow-methods': 'GET, POST, DELETE',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '600',
    });
    return void res.end();
  }
  const route = `${head.method} ${head.rawPath.split('?')[0]}`;
  try {
    switch (route) {
      case 'GET /_local/health':
        return reply(200, { status: 'ok', region: options.region });
      case 'POST /_local/reset':
        target.reset();
        return reply(200, { reset: true });
      case 'GET /_local/faults':
        return reply(200, { rules: faults.list() });
      case 'POST /_local/faults': {
        const { rules = [], ...rest } = await jsonObject(body);
        if (Object.keys(rest).length > 0) throw new BadRequest('the body is {"rules": […]}');
        const parsed = parseFaultRules(rules);
        if (typeof parsed === 'string') throw new BadRequest(parsed);
        faults.set(parsed);
        return reply(200, { rules: faults.list() });
      }
      case 'DELETE /_local/faults':
        faults.clear();
        return reply(200, { rules: [] });
      case 'GET /_local/requests':
        return reply(200, { requests: log.entries });
      case 'DELETE /_local/requests':
        log.clear();
        return reply(200, { requests: [] });
      case 'POST /_local/job-delays':
        // Tests that watch a job change state slow jobs down for a while; reset restores.
        options.jobDelays = jobDelays(await jsonObject(body), options.jobDelays);
        return reply(200, options.jobDelays);
      case 'POST /_local/resource-delays':
        // How long custom vocabularies stay PENDING and language models IN_PROGRESS.
        options.resourceDelays = resourceDelays(await jsonObject(body), resourceDelaysOf(options));
        return reply(200, options.resourceDelays);
      case 'POST /_local/clock':
        world.setClockOffset(clockOffset(await jsonObject(body)));
        return reply(200, { offsetMs: world.clockOffset, now: world.now().toISOString() });
      default:
        return reply(404, { error: `no local route ${route}` });
    }
  } catch (error) {
    if (error instanceof BadRequest) return reply(400, { error: error.message });
    if (error instanceof BodyTooLarge)
      return reply(413, { error: `the body is over ${CONTROL_BODY_LIMIT} bytes` });
    throw error;
  }
}
