import { randomBytes } from 'node:crypto';
import {
  type AuthenticationResultType,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_USERS, USER_POOL_CLIENT_ID, USER_POOL_ID } from '../seed/ids';
import {
  claimSignature,
  clientSessionKey,
  computeX,
  formatTimestamp,
  g,
  hex,
  modPow,
  N,
  poolNameOf,
} from '../services/cognito-idp/srp';
import { clientConfig } from './harness';

export const ANALYST = DEMO_USERS.analyst;
export const NEW_ANALYST = DEMO_USERS.newAnalyst;

export const userPools = (url: string) => new CognitoIdentityProviderClient(clientConfig(url));

/** Options to play a client that gets the SRP handshake subtly wrong. */
export interface SrpClientOptions {
  /** Overrides the TIMESTAMP the client signs and sends. */
  timestamp?: string;
  /** Sends this secret block instead of the one the server issued. */
  secretBlock?: string;
}

/**
 * The client half of USER_SRP_AUTH, as Amplify computes it: InitiateAuth with SRP_A, then
 * RespondToAuthChallenge with the HMAC claim over pool name, user, secret block and time.
 */
export async function srpSignIn(
  client: CognitoIdentityProviderClient,
  username: string,
  password: string,
  options: SrpClientOptions = {},
) {
  const a = BigInt(`0x${randomBytes(128).toString('hex')}`);
  const A = modPow(g, a, N);
  const started = await client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: USER_POOL_CLIENT_ID,
      AuthParameters: { USERNAME: username, SRP_A: hex(A) },
    }),
  );
  const parameters = started.ChallengeParameters ?? {};
  const userId = parameters.USER_ID_FOR_SRP ?? '';
  const poolName = poolNameOf(USER_POOL_ID);
  const x = computeX(poolName, userId, password, BigInt(`0x${parameters.SALT}`));
  const key = clientSessionKey(a, A, BigInt(`0x${parameters.SRP_B}`), x);
  const secretBlock = options.secretBlock ?? parameters.SECRET_BLOCK ?? '';
  const timestamp = options.timestamp ?? formatTimestamp(new Date());
  const signature = claimSignature(
    key,
    poolName,
    userId,
    Buffer.from(secretBlock, 'base64'),
    timestamp,
  );
  const respond = () =>
    client.send(
      new RespondToAuthChallengeCommand({
        ChallengeName: 'PASSWORD_VERIFIER',
        ClientId: USER_POOL_CLIENT_ID,
        ChallengeResponses: {
          USERNAME: userId,
          PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
          TIMESTAMP: timestamp,
          PASSWORD_CLAIM_SIGNATURE: signature,
        },
      }),
    );
  return { started, respond };
}

/** Signs in with SRP and returns the tokens (the user must not need a new password). */
export async function signInTokens(
  url: string,
  user: { username: string; password: string } = ANALYST,
): Promise<Required<Pick<AuthenticationResultType, 'AccessToken' | 'IdToken' | 'RefreshToken'>>> {
  const { respond } = await srpSignIn(userPools(url), user.username, user.password);
  const result = (await respond()).AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken || !result.RefreshToken)
    throw new Error('sign-in returned no tokens');
  return {
    AccessToken: result.AccessToken,
    IdToken: result.IdToken,
    RefreshToken: result.RefreshToken,
  };
}

/** The error a call fails with (the test fails if it succeeds). */
export async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
  }
  throw new Error('expected the call to fail');
}

/** Moves the emulator's clock (as tests and demos do through `/_local/clock`). */
export async function moveClock(url: string, offsetMs: number): Promise<void> {
  const response = await fetch(`${url}/_local/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetMs }),
  });
  if (!response.ok) throw new Error(`clock: ${response.status}`);
}
