import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { EXPOSED_HEADERS } from '../common/web-security';
import { AwsError, internalFailure, serializationError, unknownOperation } from './core/errors';
import { type FaultRule, Faults, throttlingError } from './core/faults';
import { parseQuery, type RawRequest, SigV4Failure, sigV4Error, verifySigV4 } from './core/sigv4';
import { FileStore, MemoryStore, type Store } from './core/store';
import type { LocalAwsOptions, Principal, RequestContext, ServiceId } from './core/types';
import { LocalWorld } from './core/world';
import { applySeed, type SeedSpec } from './seed/seed';
import { extraRoutes, jsonServices, onStart, s3Service, stsService } from './services';

export interface StartOptions {
  port?: number;
  host?: string;
  /** Keep state in memory only (tests). */
  ephemeral?: boolean;
  dataDir?: string;
  /** Changes to the default seed (e.g. thousands of generated keys). */
  seed?: Partial<SeedSpec>;
  jobDelays?: LocalAwsOptions['jobDelays'];
  /** Print one line per request. */
  logRequests?: boolean;
}

export interface RequestLogEntry {
  time: string;
  service: ServiceId | 'local';
  operation: string;
  caller?: string;
  status: number;
  error?: string;
}

export interface LocalAws {
  url: string;
  port: number;
  world: LocalWorld;
  faults: Faults;
  requestLog: RequestLogEntry[];
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new AwsError('RequestEntityTooLarge', 'Request body too large', 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON with AWS's encodings: timestamps as epoch seconds, blobs as base64. */
export function toAwsJson(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key, current) {
    const raw = key === '' ? value : this[key];
    if (raw instanceof Date) return raw.getTime() / 1000;
    if (raw instanceof Uint8Array) return Buffer.from(raw).toString('base64');
    return current;
  });
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (ch) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[ch]};`,
  );

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
    ...(origin ? { vary: 'Origin' } : {}),
  };
}

export async function startLocalAws(options: StartOptions = {}): Promise<LocalAws> {
  const host = options.host ?? '127.0.0.1';
  const rootDir = resolve(import.meta.dirname, '..');
  const store: Store = options.ephemeral
    ? new MemoryStore()
    : new FileStore(resolve(options.dataDir ?? resolve(rootDir, '.local-aws')));
  const worldOptions: LocalAwsOptions = {
    region: 'us-east-1',
    jobDelays: options.jobDelays ?? { queuedMs: 1000, inProgressMs: 2000 },
    publicUrl: '', // set once listening
    rootDir,
  };
  const world = new LocalWorld(store, worldOptions);
  const faults = new Faults();
  const requestLog: RequestLogEntry[] = [];

  const seed = () => store.batch(() => applySeed(world, options.seed));
  const startDelays = { ...worldOptions.jobDelays };
  const reset = () => {
    world.cancelScheduled();
    worldOptions.jobDelays = { ...startDelays };
    faults.clear();
    requestLog.length = 0;
    world.setClockOffset(0);
    store.clear();
    seed();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('local-aws: unhandled error', error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  function log(entry: Omit<RequestLogEntry, 'time'>) {
    requestLog.push({ time: world.now().toISOString(), ...entry });
    if (requestLog.length > 100_000) requestLog.splice(0, requestLog.length - 100_000);
    if (options.logRequests)
      console.log(
        `${entry.status} ${entry.service}.${entry.operation}${entry.caller ? ` ${entry.caller}` : ''}${entry.error ? ` ${entry.error}` : ''}`,
      );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const rawQuery = (req.url ?? '').includes('?')
      ? (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1)
      : '';
    // AWS dates its answers by its own clock, which the SDK uses to correct a client's skew:
    // with the clock moved (tests), the Date header must move too.
    const cors = { ...corsHeaders(req), date: world.now().toUTCString() };

    if (req.method === 'OPTIONS') {
      res.writeHead(200, {
        ...cors,
        'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
        'content-length': '0',
      });
      res.end();
      return;
    }

    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
    const raw: RawRequest = { method: req.method ?? 'GET', rawPath, rawQuery, headers, body };
    const requestId = randomUUID();

    if (rawPath.startsWith('/_local/')) return handleLocal(url, raw, res, cors);

    const extra = extraRoutes.find((route) => route.matches(raw));
    if (extra) {
      const response = await extra.handle(world, raw);
      res.writeHead(response.status, { ...cors, ...response.headers });
      res.end(response.body);
      log({ service: extra.service, operation: extra.name, status: response.status });
      return;
    }

    const target = headers['x-amz-target'];
    if (target) return handleJson(target, raw, requestId, res, cors);
    const isForm = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (raw.method === 'POST' && rawPath === '/' && isForm)
      return handleQuery(raw, requestId, res, cors);
    return handleS3(raw, requestId, res, cors);
  }

  async function authenticate(
    raw: RawRequest,
    service: ServiceId,
  ): Promise<{ principal: Principal; region: string }> {
    try {
      const verified = await verifySigV4(world, raw);
      return { principal: verified.principal, region: verified.region };
    } catch (error) {
      if (error instanceof SigV4Failure) throw sigV4Error(error, service);
      throw error;
    }
  }

  /** Latency, throttling and 500s for a request; returns whether to drop the response. */
  async function applyFaults(service: ServiceId, operation: string): Promise<boolean> {
    const rules: FaultRule[] = faults.take(service, operation);
    for (const rule of rules) {
      if (rule.latencyMs) await new Promise((r) => setTimeout(r, rule.latencyMs));
    }
    for (const rule of rules) {
      if (rule.throttleRate && Math.random() < rule.throttleRate) {
        const t = throttlingError[service];
        throw new AwsError(t.code, t.message, t.status);
      }
      if (rule.errorRate && Math.random() < rule.errorRate)
        throw new AwsError('InternalFailure', 'local-aws: injected server error', 500);
    }
    return rules.some((rule) => rule.dropResponse);
  }

  function context(
    service: ServiceId,
    operation: string,
    requestId: string,
    principal?: Principal,
    region = worldOptions.region,
  ): RequestContext {
    return { requestId, service, operation, region, principal, world };
  }

  async function handleJson(
    target: string,
    raw: RawRequest,
    requestId: string,
    res: ServerResponse,
    cors: Record<string, string>,
  ): Promise<void> {
    const dot = target.indexOf('.');
    const prefix = target.slice(0, dot);
    const operation = target.slice(dot + 1);
    const definition = jsonServices[prefix];
    const service: ServiceId = definition?.service ?? 'kms';
    const messageKey = definition?.messageKey ?? 'message';
    let principal: Principal | undefined;
    try {
      if (!definition) throw unknownOperation(prefix || '(no service)', operation);
      const handler = definition.operations[operation];
      if (definition.signed || raw.headers.authorization) {
        const auth = await authenticate(raw, service);
        principal = auth.principal;
      }
      let input: unknown = {};
      const text = raw.body.toString('utf8');
      if (text.trim()) {
        try {
          input = JSON.parse(text);
        } catch {
          throw serializationError('Start of structure or map found where not expected.');
        }
        if (typeof input !== 'object' || input === null || Array.isArray(input))
          throw serializationError('Start of structure or map found where not expected.');
      }
      if (!handler) throw unknownOperation(definition.name, operation);
      const drop = await applyFaults(service, operation);
      const output = await handler(context(service, operation, requestId, principal), input);
      if (drop) {
        log({ service, operation, caller: principal?.arn, status: 200, error: 'response dropped' });
        res.destroy();
        return;
      }
      const json = toAwsJson(output ?? {});
      res.writeHead(200, {
        ...cors,
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': requestId,
        'content-length': Buffer.byteLength(json),
      });
      res.end(json);
      log({ service, operation, caller: principal?.arn, status: 200 });
    } catch (caught) {
      const error = caught instanceof AwsError ? caught : toInternal(caught);
      const json = JSON.stringify({
        __type: error.code,
        [messageKey]: error.message,
        ...error.extra,
      });
      res.writeHead(error.status, {
        ...cors,
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': requestId,
        'x-amzn-errortype': error.code,
        'content-length': Buffer.byteLength(json),
      });
      res.end(json);
      log({ service, operation, caller: principal?.arn, status: error.status, error: error.code });
    }
  }

  async function handleQuery(
    raw: RawRequest,
    requestId: string,
    res: ServerResponse,
    cors: Record<string, string>,
  ): Promise<void> {
    const params = parseQuery(raw.body.toString('utf8'));
    const operation = String(params.Action ?? '');
    let principal: Principal | undefined;
    try {
      const auth = await authenticate(raw, 'sts');
      principal = auth.principal;
      const handler = stsService.operations[operation];
      if (!handler)
        throw new AwsError(
          'InvalidAction',
          `local-aws does not implement STS operation ${operation || '(no Action)'}.`,
          400,
        );
      await applyFaults('sts', operation);
      const flat: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) flat[k] = Array.isArray(v) ? (v[0] ?? '') : v;
      const result = await handler(context('sts', operation, requestId, principal), flat);
      const xml = `<${operation}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${operation}Result>${result}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
      res.writeHead(200, { ...cors, 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
      res.end(xml);
      log({ service: 'sts', operation, caller: principal.arn, status: 200 });
    } catch (caught) {
      const error = caught instanceof AwsError ? caught : toInternal(caught);
      const type = error.status >= 500 ? 'Receiver' : 'Sender';
      const xml = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${type}</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
      res.writeHead(error.status, {
        ...cors,
        'content-type': 'text/xml',
        'x-amzn-requestid': requestId,
      });
      res.end(xml);
      log({
        service: 'sts',
        operation,
        caller: principal?.arn,
        status: error.status,
        error: error.code,
      });
    }
  }

  async function handleS3(
    raw: RawRequest,
    requestId: string,
    res: ServerResponse,
    cors: Record<string, string>,
  ): Promise<void> {
    const operation = s3Service.operationName(raw);
    let principal: Principal | undefined;
    const common = { ...cors, 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
    try {
      const auth = await authenticate(raw, 's3');
      principal = auth.principal;
      const drop = await applyFaults('s3', operation);
      const response = await s3Service.handle(context('s3', operation, requestId, principal), raw);
      if (drop) {
        res.destroy();
        return;
      }
      res.writeHead(response.status, { ...common, ...response.headers });
      res.end(raw.method === 'HEAD' ? undefined : response.body);
      log({ service: 's3', operation, caller: principal.arn, status: response.status });
    } catch (caught) {
      const error = caught instanceof AwsError ? caught : toInternal(caught);
      const extra = Object.entries(error.extra)
        .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
        .join('');
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>${extra}<RequestId>${requestId}</RequestId></Error>`;
      res.writeHead(error.status, {
        ...common,
        'content-type': 'application/xml',
        'x-amzn-errortype': error.code,
      });
      res.end(raw.method === 'HEAD' ? undefined : xml);
      log({
        service: 's3',
        operation,
        caller: principal?.arn,
        status: error.status,
        error: error.code,
      });
    }
  }

  function toInternal(error: unknown): AwsError {
    console.error('local-aws: handler failed', error);
    return internalFailure();
  }

  async function handleLocal(
    url: URL,
    raw: RawRequest,
    res: ServerResponse,
    cors: Record<string, string>,
  ): Promise<void> {
    const send = (status: number, value: unknown) => {
      const json = JSON.stringify(value);
      res.writeHead(status, { ...cors, 'content-type': 'application/json' });
      res.end(json);
    };
    const bodyJson = (): unknown => {
      const text = raw.body.toString('utf8');
      return text ? JSON.parse(text) : {};
    };
    try {
      const route = `${raw.method} ${url.pathname}`;
      switch (route) {
        case 'GET /_local/health':
          return send(200, { status: 'ok', region: worldOptions.region });
        case 'POST /_local/reset':
          reset();
          return send(200, { reset: true });
        case 'GET /_local/faults':
          return send(200, { rules: faults.list() });
        case 'POST /_local/faults':
          faults.set(((bodyJson() as { rules?: FaultRule[] }).rules ?? []) as FaultRule[]);
          return send(200, { rules: faults.list() });
        case 'DELETE /_local/faults':
          faults.clear();
          return send(200, { rules: [] });
        case 'GET /_local/requests':
          return send(200, { requests: requestLog });
        case 'DELETE /_local/requests':
          requestLog.length = 0;
          return send(200, { requests: [] });
        case 'POST /_local/job-delays': {
          // Tests that watch a job change state slow jobs down for a while; reset restores.
          const { queuedMs, inProgressMs } = bodyJson() as Partial<LocalAwsOptions['jobDelays']>;
          const valid = (ms: unknown) => typeof ms === 'number' && ms >= 0 && ms <= 600_000;
          if (
            (queuedMs !== undefined && !valid(queuedMs)) ||
            (inProgressMs !== undefined && !valid(inProgressMs))
          )
            return send(400, { error: 'queuedMs and inProgressMs are milliseconds, 0 to 600000' });
          worldOptions.jobDelays = {
            queuedMs: queuedMs ?? worldOptions.jobDelays.queuedMs,
            inProgressMs: inProgressMs ?? worldOptions.jobDelays.inProgressMs,
          };
          return send(200, worldOptions.jobDelays);
        }
        case 'POST /_local/clock':
          world.setClockOffset(Number((bodyJson() as { offsetMs?: number }).offsetMs ?? 0));
          return send(200, { offsetMs: world.clockOffset, now: world.now().toISOString() });
        default:
          return send(404, { error: `no local route ${route}` });
      }
    } catch (error) {
      return send(400, { error: String(error) });
    }
  }

  if (store.count('iam') === 0) seed();

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4566, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  worldOptions.publicUrl = url;
  for (const hook of onStart) hook(world);

  return {
    url,
    port,
    world,
    faults,
    requestLog,
    reset,
    close: async () => {
      world.cancelScheduled();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      store.close();
    },
  };
}
