import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { FinalizeHandler, FinalizeHandlerArguments, MiddlewareStack } from '@smithy/types';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { ADMIN, OTHER_ADMIN, REGION } from '../seed/ids';
import { type LocalAws, type StartOptions, startLocalAws } from '../server';

export const region = REGION;

export const adminCredentials = {
  accessKeyId: ADMIN.accessKeyId,
  secretAccessKey: ADMIN.secretAccessKey,
};

export const otherAdminCredentials = {
  accessKeyId: OTHER_ADMIN.accessKeyId,
  secretAccessKey: OTHER_ADMIN.secretAccessKey,
};

/**
 * Starts an ephemeral local-aws on a random port for the file's tests and closes it after,
 * and returns it to the seed before each test (state, faults, request log, clock, job
 * delays), so that no test depends on what another left behind: `npm test` runs them
 * shuffled. A test's own data is made in the test or in a `beforeEach` of its file.
 * The returned object is filled in by beforeAll.
 */
export function startForTests(options: StartOptions = {}): { server: LocalAws; url: string } {
  const holder = {} as { server: LocalAws; url: string };
  beforeAll(async () => {
    holder.server = await startLocalAws({
      port: 0,
      ephemeral: true,
      jobDelays: { queuedMs: 50, inProgressMs: 50 },
      resourceDelays: { vocabularyMs: 50, languageModelMs: 50 },
      ...options,
    });
    holder.url = holder.server.url;
  });
  beforeEach(() => holder.server.reset());
  afterAll(async () => {
    await holder.server?.close();
  });
  return holder;
}

/**
 * Stops the date for the file's tests at `iso` (a Thursday, day 5 of the month, by default),
 * for the tests and the in-process emulator alike: no test depends on the calendar. Only
 * `Date` is replaced; timers and I/O run as usual, and the emulator's clock offset still moves
 * its own time.
 */
export function fixedDateForTests(iso = FIXED_DATE): Date {
  const at = new Date(iso);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: at });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  return at;
}

export const FIXED_DATE = '2026-03-05T09:07:03.000Z';

/** Client config for the real SDK clients against the emulator. */
export function clientConfig(
  url: string,
  credentials: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  } = adminCredentials,
) {
  return { region, endpoint: url, credentials, maxAttempts: 1 };
}

/** Changes a request after the SDK signed it (tampering tests). */
export function afterSigning(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any client's stack
  client: { middlewareStack: MiddlewareStack<any, any> },
  mutate: (request: HttpRequest) => void,
): void {
  client.middlewareStack.addRelativeTo(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (next: FinalizeHandler<any, any>) => async (args: FinalizeHandlerArguments<any>) => {
      if (HttpRequest.isInstance(args.request)) mutate(args.request);
      return next(args);
    },
    { relation: 'after', toMiddleware: 'awsAuthMiddleware', name: 'afterSigning' },
  );
}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** A correctly signed POST to `/` with the headers and body of a request an SDK would not send. */
export async function signedPost(
  url: string,
  request: { service: string; headers: Record<string, string>; body: string },
  credentials: Credentials = adminCredentials,
): Promise<Response> {
  const endpoint = new URL(url);
  const unsigned = new HttpRequest({
    method: 'POST',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: Number(endpoint.port),
    path: '/',
    headers: { host: endpoint.host, ...request.headers },
    body: request.body,
  });
  const signer = new SignatureV4({ credentials, region, service: request.service, sha256: Sha256 });
  const signed = await signer.sign(unsigned);
  return fetch(url, { method: 'POST', headers: signed.headers, body: request.body });
}
