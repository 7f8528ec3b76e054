import type {
  RevokeTokenRequest,
  RevokeTokenResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { AwsError } from '../../core/errors';
import type { RequestContext } from '../../core/types';
import { findRefreshSession, looksLikeRefreshToken, revokeSession } from './tokens';
import { requireClient } from './user-pools';
import { clientIdRule, validate } from './validate';

/**
 * RevokeToken (Amplify's signOut): revokes one refresh token and the access tokens issued
 * from it. As OAuth revocation (RFC 7009) asks, an unknown refresh token is not an error.
 */
export function revokeToken(ctx: RequestContext, input: RevokeTokenRequest): RevokeTokenResponse {
  validate([{ member: 'token', value: input.Token, required: true }, clientIdRule(input.ClientId)]);
  const { client } = requireClient(ctx.world, input.ClientId ?? '');
  const token = input.Token ?? '';
  if (!looksLikeRefreshToken(token))
    throw new AwsError('UnsupportedTokenTypeException', 'Unsupported token type', 400);
  const session = findRefreshSession(ctx.world, token);
  if (!session) return {};
  if (session.clientId !== client.clientId)
    throw new AwsError('UnauthorizedException', 'Token was not issued to this client', 400);
  revokeSession(ctx.world, session);
  return {};
}
