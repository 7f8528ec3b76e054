import { createHmac, randomBytes } from 'node:crypto';
import type {
  InitiateAuthRequest,
  InitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { AwsError } from '../../core/errors';
import type { RequestContext } from '../../core/types';
import { incorrectCredentials, invalidParameter, userNotFound } from './errors';
import {
  SRP_CHALLENGES,
  type SrpChallengeRecord,
  type UserPoolClientRecord,
  type UserPoolRecord,
} from './model';
import {
  assertNotLockedOut,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  takeInitiateAuth,
} from './sign-in-limits';
import { assertUserCanSignIn, signInOutcome } from './sign-in-outcome';
import { createServerEphemeral, hex, parseClientPublic, passwordMatches, poolNameOf } from './srp';
import { issueTokens, sessionOfRefreshToken } from './tokens';
import { findUser, purgeExpired, requireClient } from './user-pools';
import { clientIdRule, validate } from './validate';

export const AUTH_FLOWS = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
] as const;

function requireFlowEnabled(client: UserPoolClientRecord, flow: string): void {
  if (!client.explicitAuthFlows.includes(`ALLOW_${flow}`))
    throw invalidParameter(`${flow} flow not enabled for this client`);
}

function requireParameter(parameters: Record<string, string>, name: string): string {
  const value = parameters[name];
  if (value === undefined || value === '')
    throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

/**
 * For an unknown user when the pool hides user existence: the same salt and
 * USER_ID_FOR_SRP every time, so that probing cannot tell a missing user from a real one.
 */
function simulatedUser(pool: UserPoolRecord, username: string): { id: string; salt: string } {
  const digest = createHmac('sha256', pool.signingKey.privateJwk.d ?? pool.id)
    .update(username.toLowerCase())
    .digest('hex');
  const id = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-4${digest.slice(13, 16)}-a${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
  return { id, salt: digest.slice(32, 64) };
}

function srpChallenge(
  ctx: RequestContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  parameters: Record<string, string>,
): InitiateAuthResponse {
  const username = requireParameter(parameters, 'USERNAME');
  const srpA = requireParameter(parameters, 'SRP_A');
  const A = parseClientPublic(srpA);
  if (A === undefined) throw invalidParameter('Invalid SRP_A value.');
  const { world } = ctx;
  const user = findUser(world, pool.id, username);
  if (!user && pool.preventUserExistenceErrors === 'LEGACY') throw userNotFound();
  const simulated = user ? undefined : simulatedUser(pool, username);
  const userId = user?.username ?? simulated?.id ?? username;
  const salt = user?.srpSalt ?? simulated?.salt ?? '';
  // A simulated challenge uses a throwaway verifier: it only has to look like the real thing.
  const verifier = user
    ? BigInt(`0x${user.srpVerifier}`)
    : BigInt(`0x${randomBytes(384).toString('hex')}`);
  const ephemeral = createServerEphemeral(verifier);
  // The secret block is a single-use handle to this handshake, valid for a few minutes.
  const secretBlock = randomBytes(64).toString('base64');
  purgeExpired(world, SRP_CHALLENGES);
  world.store.put<SrpChallengeRecord>(SRP_CHALLENGES, secretBlock, {
    userPoolId: pool.id,
    clientId: client.clientId,
    username: userId,
    simulated: !user,
    A: hex(A),
    b: hex(ephemeral.b),
    B: hex(ephemeral.B),
    createdAt: world.now().getTime(),
  });
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeParameters: {
      SALT: salt,
      SRP_B: hex(ephemeral.B),
      SECRET_BLOCK: secretBlock,
      USER_ID_FOR_SRP: userId,
      USERNAME: userId,
    },
  };
}

async function passwordAuth(
  ctx: RequestContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  parameters: Record<string, string>,
): Promise<InitiateAuthResponse> {
  const username = requireParameter(parameters, 'USERNAME');
  const password = requireParameter(parameters, 'PASSWORD');
  const { world } = ctx;
  const user = findUser(world, pool.id, username);
  if (!user && pool.preventUserExistenceErrors === 'LEGACY') throw userNotFound();
  // An unknown user locks out like a real one: the answers must not tell them apart.
  const lockName = user?.username ?? username;
  assertNotLockedOut(world, pool.id, lockName);
  const stored = user && { salt: user.srpSalt, verifier: user.srpVerifier };
  if (!user || !passwordMatches(poolNameOf(pool.id), user.username, password, stored!)) {
    recordFailedSignIn(world, pool.id, lockName);
    throw incorrectCredentials();
  }
  recordSuccessfulSignIn(world, pool.id, user.username);
  return signInOutcome(world, pool, client, user);
}

async function refreshAuth(
  ctx: RequestContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  parameters: Record<string, string>,
): Promise<InitiateAuthResponse> {
  const token = parameters.REFRESH_TOKEN ?? parameters.REFRESH;
  if (!token) throw invalidParameter('Missing required parameter REFRESH_TOKEN');
  const session = sessionOfRefreshToken(ctx.world, token, client.clientId);
  const user = findUser(ctx.world, pool.id, session.username);
  if (!user) throw userNotFound();
  assertUserCanSignIn(user);
  const tokens = await issueTokens(ctx.world, pool, client, user, session);
  return { ChallengeParameters: {}, AuthenticationResult: { ...tokens, TokenType: 'Bearer' } };
}

/** InitiateAuth: USER_SRP_AUTH, USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH. */
export async function initiateAuth(
  ctx: RequestContext,
  input: InitiateAuthRequest,
): Promise<InitiateAuthResponse> {
  validate([
    { member: 'authFlow', value: input.AuthFlow, required: true, enumValues: AUTH_FLOWS },
    clientIdRule(input.ClientId),
  ]);
  const { client, pool } = requireClient(ctx.world, input.ClientId ?? '');
  takeInitiateAuth(ctx.world, client.clientId);
  const parameters = input.AuthParameters ?? {};
  switch (input.AuthFlow) {
    case 'USER_SRP_AUTH':
      requireFlowEnabled(client, 'USER_SRP_AUTH');
      return srpChallenge(ctx, pool, client, parameters);
    case 'USER_PASSWORD_AUTH':
      requireFlowEnabled(client, 'USER_PASSWORD_AUTH');
      return passwordAuth(ctx, pool, client, parameters);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      return refreshAuth(ctx, pool, client, parameters);
    case 'ADMIN_NO_SRP_AUTH':
    case 'ADMIN_USER_PASSWORD_AUTH':
      throw invalidParameter('Initiate Auth method not supported.');
    default:
      throw new AwsError(
        'InvalidParameterException',
        `local-aws does not implement the ${input.AuthFlow} flow of InitiateAuth.`,
        400,
      );
  }
}
