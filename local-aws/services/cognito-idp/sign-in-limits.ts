import { AwsError } from '../../core/errors';
import type { World } from '../../core/types';
import { notAuthorized } from './errors';
import { userKey } from './model';

// Cognito's protection of passwords. Lockout: after five failed sign-ins in a row a user is
// locked out for 2^(n-5) seconds (n failures so far, up to about 15 minutes); attempts while
// locked out fail with "Password attempts exceeded" and do not lengthen it; a successful
// sign-in after a lockout, or 15 minutes without any attempt, starts the count again. Rate:
// unauthenticated InitiateAuth calls are throttled per app client, as Cognito's
// UserAuthentication quota does (120 per second).

/** Failed sign-ins per user, keyed like users (`pool/username`, lower case). */
export const SIGN_IN_FAILURES = 'cognito-sign-in-failures';

interface FailureRecord {
  /** Wrong passwords in a row, not counting those refused during a lockout. */
  failures: number;
  /** Epoch ms until which every sign-in is refused. */
  lockedUntil: number;
  /** Epoch ms of the last attempt of any kind. */
  lastAttempt: number;
}

const FREE_FAILURES = 5;
const MAX_LOCKOUT_MS = 15 * 60 * 1000;
const FORGET_AFTER_MS = 15 * 60 * 1000;

/** `a < b`, false when either is not a number: a bad clock never unlocks anyone. */
const before = (a: number, b: number) => Number.isFinite(a) && Number.isFinite(b) && a < b;

export const passwordAttemptsExceeded = () => notAuthorized('Password attempts exceeded');

function current(world: World, key: string, now: number): FailureRecord | undefined {
  const record = world.store.get<FailureRecord>(SIGN_IN_FAILURES, key);
  // 15 minutes without an attempt forgets the failures (a bad number does not).
  if (record && !before(now - record.lastAttempt, FORGET_AFTER_MS) && Number.isFinite(now)) {
    world.store.delete(SIGN_IN_FAILURES, key);
    return undefined;
  }
  return record;
}

/**
 * Before a password is checked: refuses while the user is locked out. The attempt counts as
 * one (it keeps the failures from being forgotten) but does not lengthen the lockout.
 */
export function assertNotLockedOut(world: World, userPoolId: string, username: string): void {
  const key = userKey(userPoolId, username);
  const now = world.now().getTime();
  const record = current(world, key, now);
  if (!record) return;
  if (!before(record.lockedUntil, now + 1)) {
    world.store.put<FailureRecord>(SIGN_IN_FAILURES, key, { ...record, lastAttempt: now });
    throw passwordAttemptsExceeded();
  }
}

/** After a wrong password: one more failure, and from the fifth a lockout that doubles. */
export function recordFailedSignIn(world: World, userPoolId: string, username: string): void {
  const key = userKey(userPoolId, username);
  const now = world.now().getTime();
  const failures = (current(world, key, now)?.failures ?? 0) + 1;
  const lockoutMs =
    failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES) * 1000, MAX_LOCKOUT_MS);
  world.store.put<FailureRecord>(SIGN_IN_FAILURES, key, {
    failures,
    lockedUntil: now + lockoutMs,
    lastAttempt: now,
  });
}

/** After a proven password: the count starts again. */
export function recordSuccessfulSignIn(world: World, userPoolId: string, username: string): void {
  world.store.delete(SIGN_IN_FAILURES, userKey(userPoolId, username));
}

/** Unauthenticated InitiateAuth calls per second per app client, Cognito's default quota. */
export const INITIATE_AUTH_PER_SECOND = 120;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Takes one InitiateAuth call from the app client's token bucket (refilled by the emulator's
 * clock, so a test can move past it), or refuses it with TooManyRequestsException.
 */
export function takeInitiateAuth(world: World, clientId: string): void {
  // In memory, as a rate limiter's state is: a restart forgets it, a reset too.
  const perClient = world.inMemory(
    'cognito-initiate-auth-buckets',
    () => new Map<string, Bucket>(),
  );
  const now = world.now().getTime();
  const bucket = perClient.get(clientId) ?? { tokens: INITIATE_AUTH_PER_SECOND, at: now };
  // Time that went backwards (or is not a number) adds nothing.
  const elapsed = before(bucket.at, now) ? now - bucket.at : 0;
  bucket.tokens = Math.min(
    INITIATE_AUTH_PER_SECOND,
    bucket.tokens + (elapsed * INITIATE_AUTH_PER_SECOND) / 1000,
  );
  bucket.at = Number.isFinite(now) ? now : bucket.at;
  perClient.set(clientId, bucket);
  if (bucket.tokens < 1) throw new AwsError('TooManyRequestsException', 'Rate exceeded', 400);
  bucket.tokens -= 1;
}
