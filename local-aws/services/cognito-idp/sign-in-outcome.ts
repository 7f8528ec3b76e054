import { randomBytes } from 'node:crypto';
import type { InitiateAuthResponse } from '@aws-sdk/client-cognito-identity-provider';
import { AwsError } from '../../core/errors';
import type { World } from '../../core/types';
import { notAuthorized } from './errors';
import {
  CHALLENGE_SESSIONS,
  type ChallengeSessionRecord,
  type UserPoolClientRecord,
  type UserPoolRecord,
  type UserRecord,
} from './model';
import { signIn } from './tokens';
import { purgeExpired } from './user-pools';

/** Refusals that depend on the user, not on the password (after it was proven). */
export function assertUserCanSignIn(user: UserRecord): void {
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (user.status === 'UNCONFIRMED')
    throw new AwsError('UserNotConfirmedException', 'User is not confirmed.', 400);
  if (user.status === 'RESET_REQUIRED')
    throw new AwsError(
      'PasswordResetRequiredException',
      'Password reset required for the user',
      400,
    );
}

/** What a proven password leads to: tokens, or the NEW_PASSWORD_REQUIRED challenge. */
export async function signInOutcome(
  world: World,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  user: UserRecord,
): Promise<InitiateAuthResponse> {
  assertUserCanSignIn(user);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    purgeExpired(world, CHALLENGE_SESSIONS);
    const session = randomBytes(96).toString('base64');
    world.store.put<ChallengeSessionRecord>(CHALLENGE_SESSIONS, session, {
      challengeName: 'NEW_PASSWORD_REQUIRED',
      userPoolId: pool.id,
      clientId: client.clientId,
      username: user.username,
      createdAt: world.now().getTime(),
    });
    const { sub: _sub, ...visible } = user.attributes;
    return {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: session,
      ChallengeParameters: {
        USER_ID_FOR_SRP: user.username,
        requiredAttributes: '[]',
        userAttributes: JSON.stringify(visible),
      },
    };
  }
  return { ChallengeParameters: {}, AuthenticationResult: await signIn(world, pool, client, user) };
}
