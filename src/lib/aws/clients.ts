import { KMSClient } from '@aws-sdk/client-kms';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { TranscribeClient } from '@aws-sdk/client-transcribe';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { fetchAuthSession, signOut } from 'aws-amplify/auth';
import { createContext, useContext } from 'react';
import type { AppConfig } from '@/config/config';
import { describeAwsError } from './errors';

export interface AwsClients {
  kms: KMSClient;
  transcribe: TranscribeClient;
  /** Made on the first call: the S3 client is a fifth of the SDK a first load would carry. */
  s3: Pick<S3Client, 'send'>;
  sts: STSClient;
}

/**
 * An S3 client loaded and made on its first call (the create form calls S3 only when "Browse
 * S3" is pressed), then reused.
 */
function lazyS3Client(config: S3ClientConfig): Pick<S3Client, 'send'> {
  let client: Promise<S3Client> | undefined;
  const send = async (...args: Parameters<S3Client['send']>) => {
    client ??= import('@aws-sdk/client-s3').then(({ S3Client }) => new S3Client(config));
    return (await client).send(...args);
  };
  // The SDK's send is overloaded (promise or callback); only the promise form is used here.
  return { send: send as S3Client['send'] };
}

/** Thrown by the credentials provider when there is no signed-in session. */
export class SignedOutError extends Error {
  constructor() {
    super('You are signed out. Sign in again to continue.');
    this.name = 'SignedOutError';
  }
}

/**
 * The identity pool's temporary credentials for the signed-in user, through Amplify, which
 * caches them and refreshes them before they expire. Without user pool tokens there is no
 * session, whatever the identity pool would hand out.
 */
export async function sessionCredentials(forceRefresh = false): Promise<AwsCredentialIdentity> {
  const session = await fetchAuthSession({ forceRefresh });
  if (!session.tokens || !session.credentials) throw new SignedOutError();
  return session.credentials;
}

type CredentialsProvider = (() => Promise<AwsCredentialIdentity>) & { memoized?: boolean };

/**
 * The SDK memoizes a credentials function until the credentials' own expiry, which would keep
 * signing with credentials the server already refused after `handleSessionError` refreshed
 * the session. Marked as memoized, the SDK asks Amplify on every call, and Amplify's cache
 * answers from memory.
 */
function sessionCredentialsProvider(): CredentialsProvider {
  const provider: CredentialsProvider = () => sessionCredentials();
  provider.memoized = true;
  return provider;
}

/** One set of SDK clients per session, all signed with the same credentials provider. */
export function createAwsClients(
  config: AppConfig,
  credentials: () => Promise<AwsCredentialIdentity> = sessionCredentialsProvider(),
): AwsClients {
  const common = { region: config.region, credentials };
  const endpoints = config.endpoints ?? {};
  return {
    kms: new KMSClient({ ...common, endpoint: endpoints.kms }),
    transcribe: new TranscribeClient({ ...common, endpoint: endpoints.transcribe }),
    // One host for every bucket against a local endpoint; virtual-hosted style on AWS.
    s3: lazyS3Client({ ...common, endpoint: endpoints.s3, forcePathStyle: Boolean(endpoints.s3) }),
    sts: new STSClient({ ...common, endpoint: endpoints.sts }),
  };
}

const AwsClientsContext = createContext<AwsClients | null>(null);

export const AwsClientsProvider = AwsClientsContext.Provider;

export function useAwsClients(): AwsClients {
  const clients = useContext(AwsClientsContext);
  if (!clients) throw new Error('useAwsClients used outside a signed-in session');
  return clients;
}

/**
 * What `handleSessionError` made of an error:
 * - `not-session`: not a session problem; show it as usual.
 * - `refreshed`: the session was refreshed; the call may be tried again once.
 * - `signed-out`: the session has ended; the user is being sent to sign in (keep drafts).
 * - `unreachable`: the refresh could not reach Cognito; the session is kept, and the call
 *   failed for want of a network, which is what to tell the user.
 */
export type SessionErrorOutcome = 'not-session' | 'refreshed' | 'signed-out' | 'unreachable';

interface SessionErrorHandlerDeps {
  /** Refreshes the session's tokens and credentials; throws when it cannot. */
  refresh: () => Promise<unknown>;
  /** Forgets the local session (tokens in storage, cached credentials). */
  clearSession: () => Promise<void>;
  now?: () => number;
}

/**
 * Refreshes allowed in a window before refreshing is judged not to help (the server refuses
 * fresh credentials too). More than one, because a request signed before a refresh can fail
 * after it; a few, so that a refusing server cannot keep the page refreshing forever.
 */
export const MAX_REFRESHES = 3;
export const REFRESH_WINDOW_MS = 60_000;

/**
 * Builds `handleSessionError` around its effects (tests give their own). It refreshes the
 * session; when that fails, or refreshing keeps not helping, it clears the local session and
 * tells the `onSessionEnded` listener. Concurrent failures share one refresh.
 */
export function createSessionErrorHandler({
  refresh,
  clearSession,
  now = Date.now,
}: SessionErrorHandlerDeps) {
  let listener: (() => void) | undefined;
  let pending: Promise<Exclude<SessionErrorOutcome, 'not-session'>> | undefined;
  let refreshedAt: number[] = [];

  async function recover(): Promise<Exclude<SessionErrorOutcome, 'not-session'>> {
    refreshedAt = refreshedAt.filter((time) => now() - time < REFRESH_WINDOW_MS);
    if (refreshedAt.length < MAX_REFRESHES) {
      try {
        await refresh();
        refreshedAt.push(now());
        return 'refreshed';
      } catch (refreshError) {
        // Cognito out of reach says nothing about the session: keep it, report the failure.
        if (describeAwsError(refreshError).kind === 'network') return 'unreachable';
        // Otherwise the refresh token is revoked or expired too: the session has ended.
      }
    }
    refreshedAt = [];
    await clearSession();
    // Told once: later failures of the same ended session (queries still in flight) must not
    // send the user anywhere again. The next signed-in shell registers anew.
    const notify = listener;
    listener = undefined;
    notify?.();
    return 'signed-out';
  }

  return {
    handle(error: unknown): Promise<SessionErrorOutcome> {
      if (describeAwsError(error).kind !== 'session-expired') return Promise.resolve('not-session');
      pending ??= recover().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    onSessionEnded(next: () => void): () => void {
      listener = next;
      return () => {
        if (listener === next) listener = undefined;
      };
    },
  };
}

const sessionErrors = createSessionErrorHandler({
  refresh: () => sessionCredentials(true),
  // Local sign-out clears the stored tokens so that sign-in starts afresh; it never throws.
  clearSession: () => signOut(),
});

/**
 * The one place that deals with an AWS call refused because the session is no longer good on
 * the server (expired or revoked credentials): call it from any error handler. `refreshed`
 * means the call may be tried once more; `signed-out` means the user is on the way to the
 * sign-in page (with the current path to come back to), so keep any draft; `not-session`
 * means the error is yours to show.
 */
export const handleSessionError = (error: unknown): Promise<SessionErrorOutcome> =>
  sessionErrors.handle(error);

/**
 * Registers what happens when the session has ended (the shell sends the user to sign in). It
 * is told once, then forgotten. Returns a function that removes it.
 */
export const onSessionEnded = (listener: () => void): (() => void) =>
  sessionErrors.onSessionEnded(listener);
