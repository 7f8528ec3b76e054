import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { isControlRequest, serveControl } from './control-routes';
import { Faults } from './core/faults';
import { answerPreflight, commonHeaders, readBody, requestHead } from './core/http';
import { RequestLog, type RequestLogEntry } from './core/request-log';
import { FileStore } from './core/file-store';
import { MemoryStore, type Store } from './core/store';
import type { LocalAwsOptions } from './core/types';
import { LocalWorld } from './core/world';
import { protocolRouter } from './protocols/router';
import { REGION } from './seed/ids';
import { applySeed, type SeedSpec } from './seed/seed';
import { services } from './services';

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
  /** The largest S3 object body in one request (default 5 GiB; tests lower it). */
  maxObjectBytes?: number;
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

/** Starts local-aws: the store, the seeded world, and one HTTP server for every service. */
export async function startLocalAws(options: StartOptions = {}): Promise<LocalAws> {
  const host = options.host ?? '127.0.0.1';
  const rootDir = resolve(import.meta.dirname, '..');
  const store: Store = options.ephemeral
    ? new MemoryStore()
    : new FileStore(resolve(options.dataDir ?? resolve(rootDir, '.local-aws')));
  const worldOptions: LocalAwsOptions = {
    region: REGION,
    jobDelays: options.jobDelays ?? { queuedMs: 1000, inProgressMs: 2000 },
    publicUrl: '', // set once listening
    rootDir,
    maxObjectBytes: options.maxObjectBytes,
  };
  const world = new LocalWorld(store, worldOptions);
  const faults = new Faults();
  const log = new RequestLog(() => world.now(), options.logRequests);
  const env = { world, faults, log };
  const route = protocolRouter(services);

  const seed = () => store.batch(() => applySeed(world, options.seed));
  const startDelays = { ...worldOptions.jobDelays };
  const reset = () => {
    world.cancelScheduled();
    worldOptions.jobDelays = { ...startDelays };
    faults.clear();
    log.clear();
    world.setClockOffset(0);
    store.clear();
    seed();
  };
  const control = { world, options: worldOptions, faults, log, reset };

  const server = createServer((req, res) => {
    const serve = async () => {
      const common = commonHeaders(req, world.now());
      if (req.method === 'OPTIONS') return answerPreflight(req, res, common);
      const head = requestHead(req);
      if (isControlRequest(head))
        return serveControl(control, { ...head, body: await readBody(req) }, res, common);
      // S3 object bodies (up to 5 GiB) go to the store as they arrive, never whole in memory.
      const raw = route.streamsBody(head)
        ? { ...head, body: Buffer.alloc(0), stream: req }
        : { ...head, body: await readBody(req) };
      return route(env, raw, res, common);
    };
    serve().catch((error: unknown) => {
      console.error('local-aws: unhandled error', error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  if (store.count('iam') === 0) seed();

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4566, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  worldOptions.publicUrl = url;
  for (const service of services) service.onStart?.(world);

  return {
    url,
    port,
    world,
    faults,
    requestLog: log.entries,
    reset,
    close: async () => {
      world.cancelScheduled();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      store.close();
    },
  };
}
