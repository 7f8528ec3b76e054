import type { GetUserRequest, GetUserResponse } from '@aws-sdk/client-cognito-identity-provider';
import type { RequestContext } from '../../core/types';
import { userNotFound } from './errors';
import { verifyAccessToken } from './tokens';
import { findUser } from './user-pools';
import { accessTokenRule, validate } from './validate';

/** GetUser: the signed-in user's attributes, authorized by the access token alone. */
export async function getUser(
  ctx: RequestContext,
  input: GetUserRequest,
): Promise<GetUserResponse> {
  validate([accessTokenRule(input.AccessToken)]);
  const { pool, claims } = await verifyAccessToken(ctx.world, input.AccessToken ?? '');
  const user = findUser(ctx.world, pool.id, claims.username);
  if (!user) throw userNotFound();
  return {
    Username: user.username,
    UserAttributes: Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
    MFAOptions: [],
    UserMFASettingList: [],
  };
}
