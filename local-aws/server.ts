import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { isControlRequest, serveControl } from './control-routes';
import { Faults } from './core/faults';
import { IncomingBody } from './core/body';
import { answerPreflight, commonHeaders, requestHead, send } from './core/http';
import { RequestLog, type RequestLogEntry } from './core/request-log';
import { FileStore } from './core/file-store';
import { MemoryStore, type Store } from './core/store';
import { DEFAULT_RESOURCE_DELAYS, type LocalAwsOptions } from './core/types';
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
  resourceDelays?: LocalAwsOptions['resourceDelays'];
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
    resourceDelays: options.resourceDelays ?? { ...DEFAULT_RESOURCE_DELAYS },
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
  const startResourceDelays = worldOptions.resourceDelays;
  const reset = () => {
    world.cancelScheduled();
    world.forgetInMemory();
    worldOptions.jobDelays = { ...startDelays };
    worldOptions.resourceDelays = startResourceDelays && { ...startResourceDelays };
    faults.clear();
    log.clear();
    world.setClockOffset(0);
    store.clear();
    seed();
  };
  const control = { world, options: worldOptions, faults, log, reset };

  // One async step a request, its failures caught in it: no closures made per request here.
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const head = requestHead(req);
      const common = commonHeaders(req, world.now());
      const body = new IncomingBody(req, res);
      if (isControlRequest(head)) await serveControl(control, head, body, res, common);
      else if (req.method === 'OPTIONS') answerPreflight(req, res, common);
      else await route(env, head, body, res, common);
    } catch (error: unknown) {
      console.error('local-aws: unhandled error', error);
      if (!res.headersSent)
        send(res, {
          status: 500,
          headers: { 'content-type': 'text/plain' },
          body: 'internal error',
        });
      else res.destroy();
    }
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => void serve(req, res);
  const server = createServer(handle);
  // A client that waits for `100 Continue` is told to send its body only once the request's
  // head has passed (IncomingBody sends it): a refused request never uploads its body.
  server.on('checkContinue', handle);
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
