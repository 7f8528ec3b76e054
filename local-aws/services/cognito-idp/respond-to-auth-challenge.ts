import type {
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { RequestContext } from '../../core/types';
import { incorrectCredentials, invalidParameter, notAuthorized } from './errors';
import {
  CHALLENGE_SESSIONS,
  CHALLENGE_TTL_MS,
  type ChallengeSessionRecord,
  SRP_CHALLENGES,
  type SrpChallengeRecord,
  type UserPoolClientRecord,
  type UserPoolRecord,
} from './model';
import { enforcePasswordPolicy } from './password-policy';
import { assertNotLockedOut, recordFailedSignIn, recordSuccessfulSignIn } from './sign-in-limits';
import { signInOutcome } from './sign-in-outcome';
import {
  claimSignature,
  createVerifier,
  formatTimestamp,
  parseTimestamp,
  poolNameOf,
  serverSessionKey,
  signaturesEqual,
} from './srp';
import { findUser, requireClient, saveUser } from './user-pools';
import { clientIdRule, validate } from './validate';

const CHALLENGE_NAMES = [
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'PASSWORD_VERIFIER',
  'CUSTOM_CHALLENGE',
  'SELECT_CHALLENGE',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'ADMIN_NO_SRP_AUTH',
  'NEW_PASSWORD_REQUIRED',
  'SMS_OTP',
  'PASSWORD',
  'WEB_AUTHN',
  'PASSWORD_SRP',
] as const;

/** How far the client's TIMESTAMP may be from the server's clock. */
const TIMESTAMP_SKEW_MS = 5 * 60 * 1000;

function requireResponse(responses: Record<string, string>, name: string): string {
  const value = responses[name];
  if (value === undefined || value === '')
    throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

async function passwordVerifier(
  ctx: RequestContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  responses: Record<string, string>,
): Promise<RespondToAuthChallengeResponse> {
  const { world } = ctx;
  const username = requireResponse(responses, 'USERNAME');
  const secretBlock = requireResponse(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const timestamp = requireResponse(responses, 'TIMESTAMP');
  const signature = requireResponse(responses, 'PASSWORD_CLAIM_SIGNATURE');
  const time = parseTimestamp(timestamp);
  if (!time)
    throw invalidParameter('TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.');

  const challenge = world.store.get<SrpChallengeRecord>(SRP_CHALLENGES, secretBlock);
  const now = world.now().getTime();
  if (
    !challenge ||
    challenge.clientId !== client.clientId ||
    challenge.userPoolId !== pool.id ||
    !(now - challenge.createdAt <= CHALLENGE_TTL_MS)
  )
    throw incorrectCredentials();
  // Single use: a replayed claim fails even with the right signature.
  world.store.delete(SRP_CHALLENGES, secretBlock);
  // The password is tried here: a locked-out user (or unknown one, alike) is refused first.
  assertNotLockedOut(world, pool.id, challenge.username);
  const wrongPassword = () => {
    recordFailedSignIn(world, pool.id, challenge.username);
    return incorrectCredentials();
  };
  if (challenge.simulated || challenge.username.toLowerCase() !== username.toLowerCase())
    throw wrongPassword();

  const user = findUser(world, pool.id, challenge.username);
  if (!user) throw wrongPassword();
  const key = serverSessionKey(
    BigInt(`0x${challenge.A}`),
    { b: BigInt(`0x${challenge.b}`), B: BigInt(`0x${challenge.B}`) },
    BigInt(`0x${user.srpVerifier}`),
  );
  if (!key) throw wrongPassword();
  // Signed over the canonical rendering: "Sep 03" or a wrong weekday do not verify.
  const expected = claimSignature(
    key,
    poolNameOf(pool.id),
    user.username,
    Buffer.from(secretBlock, 'base64'),
    formatTimestamp(time),
  );
  if (!signaturesEqual(expected, signature)) throw wrongPassword();
  // The client signs with its own clock, which `/_local/clock` does not move: a test that
  // ages tokens by moving the emulator clock can still sign in again. Within the skew on
  // either clock, or refused (a bad number refuses too).
  const near = (reference: number) => Math.abs(reference - time.getTime()) <= TIMESTAMP_SKEW_MS;
  if (!near(now) && !near(Date.now())) throw incorrectCredentials();
  recordSuccessfulSignIn(world, pool.id, user.username);
  return signInOutcome(world, pool, client, user);
}

async function newPasswordRequired(
  ctx: RequestContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  responses: Record<string, string>,
  sessionId: string | undefined,
): Promise<RespondToAuthChallengeResponse> {
  const { world } = ctx;
  if (!sessionId) throw invalidParameter('Missing required parameter Session');
  const session = world.store.get<ChallengeSessionRecord>(CHALLENGE_SESSIONS, sessionId);
  if (!session || session.clientId !== client.clientId || session.userPoolId !== pool.id)
    throw notAuthorized('Invalid session for the user.');
  if (!(world.now().getTime() - session.createdAt <= CHALLENGE_TTL_MS))
    throw notAuthorized('Invalid session for the user, session is expired.');
  const username = requireResponse(responses, 'USERNAME');
  const newPassword = requireResponse(responses, 'NEW_PASSWORD');
  const user = findUser(world, pool.id, session.username);
  if (!user || username.toLowerCase() !== user.username.toLowerCase())
    throw notAuthorized('Invalid session for the user.');
  // A refused password leaves the session usable, so the user can try another.
  enforcePasswordPolicy(pool.policy, newPassword);
  world.store.delete(CHALLENGE_SESSIONS, sessionId);

  const attributes = { ...user.attributes };
  for (const [name, value] of Object.entries(responses)) {
    if (!name.startsWith('userAttributes.')) continue;
    const attribute = name.slice('userAttributes.'.length);
    if (attribute === 'sub') throw invalidParameter('Cannot modify an immutable attribute: sub');
    attributes[attribute] = value;
  }
  const verifier = createVerifier(poolNameOf(pool.id), user.username, newPassword);
  const updated = {
    ...user,
    attributes,
    srpSalt: verifier.salt,
    srpVerifier: verifier.verifier,
    status: 'CONFIRMED' as const,
    updatedAt: world.now().getTime(),
  };
  saveUser(world, updated);
  return signInOutcome(world, pool, client, updated);
}

/** RespondToAuthChallenge: PASSWORD_VERIFIER (SRP) and NEW_PASSWORD_REQUIRED. */
export async function respondToAuthChallenge(
  ctx: RequestContext,
  input: RespondToAuthChallengeRequest,
): Promise<RespondToAuthChallengeResponse> {
  validate([
    clientIdRule(input.ClientId),
    {
      member: 'challengeName',
      value: input.ChallengeName,
      required: true,
      enumValues: CHALLENGE_NAMES,
    },
    { member: 'session', value: input.Session, min: 20, max: 2048 },
  ]);
  const { client, pool } = requireClient(ctx.world, input.ClientId ?? '');
  const responses = input.ChallengeResponses ?? {};
  switch (input.ChallengeName) {
    case 'PASSWORD_VERIFIER':
      return passwordVerifier(ctx, pool, client, responses);
    case 'NEW_PASSWORD_REQUIRED':
      return newPasswordRequired(ctx, pool, client, responses, input.Session);
    default:
      throw invalidParameter(
        `local-aws does not implement the ${input.ChallengeName} challenge of RespondToAuthChallenge.`,
      );
  }
}
