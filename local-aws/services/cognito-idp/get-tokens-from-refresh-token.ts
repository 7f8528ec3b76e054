import type {
  GetTokensFromRefreshTokenRequest,
  GetTokensFromRefreshTokenResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { RequestContext } from '../../core/types';
import { userNotFound } from './errors';
import { assertUserCanSignIn } from './sign-in-outcome';
import { issueTokens, sessionOfRefreshToken } from './tokens';
import { findUser, requireClient } from './user-pools';
import { clientIdRule, validate } from './validate';

/**
 * GetTokensFromRefreshToken, which Amplify ≥ 6.14 refreshes with. The pool does not rotate
 * refresh tokens, so, as Cognito without rotation, the answer carries no new refresh token.
 */
export async function getTokensFromRefreshToken(
  ctx: RequestContext,
  input: GetTokensFromRefreshTokenRequest,
): Promise<GetTokensFromRefreshTokenResponse> {
  validate([
    { member: 'refreshToken', value: input.RefreshToken, required: true },
    clientIdRule(input.ClientId),
  ]);
  const { client, pool } = requireClient(ctx.world, input.ClientId ?? '');
  const session = sessionOfRefreshToken(ctx.world, input.RefreshToken ?? '', client.clientId);
  const user = findUser(ctx.world, pool.id, session.username);
  if (!user) throw userNotFound();
  assertUserCanSignIn(user);
  const tokens = await issueTokens(ctx.world, pool, client, user, session);
  return { AuthenticationResult: { ...tokens, TokenType: 'Bearer' } };
}
