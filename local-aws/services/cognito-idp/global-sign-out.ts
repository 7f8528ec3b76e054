import type {
  GlobalSignOutRequest,
  GlobalSignOutResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { RequestContext } from '../../core/types';
import { revokeAllSessions, verifyAccessToken } from './tokens';
import { accessTokenRule, validate } from './validate';

/** GlobalSignOut: revokes every refresh token of the user, and the access tokens they minted. */
export async function globalSignOut(
  ctx: RequestContext,
  input: GlobalSignOutRequest,
): Promise<GlobalSignOutResponse> {
  validate([accessTokenRule(input.AccessToken)]);
  const { pool, claims } = await verifyAccessToken(ctx.world, input.AccessToken ?? '');
  revokeAllSessions(ctx.world, pool.id, claims.username);
  return {};
}
