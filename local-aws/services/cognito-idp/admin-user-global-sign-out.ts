import type {
  AdminUserGlobalSignOutRequest,
  AdminUserGlobalSignOutResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { authorize } from '../../core/access';
import { type RequestContext, requirePrincipal } from '../../core/types';
import { userNotFound } from './errors';
import { revokeAllSessions } from './tokens';
import { findUser, requirePool } from './user-pools';
import { userPoolIdRule, validate } from './validate';

/**
 * AdminUserGlobalSignOut: an administrator (SigV4-signed, with the IAM permission) signs a
 * user out everywhere. Pools live in their account's namespace, so another account's caller
 * does not find the pool at all.
 */
export function adminUserGlobalSignOut(
  ctx: RequestContext,
  input: AdminUserGlobalSignOutRequest,
): AdminUserGlobalSignOutResponse {
  const principal = requirePrincipal(ctx);
  validate([
    userPoolIdRule(input.UserPoolId),
    {
      member: 'username',
      value: input.Username,
      required: true,
      min: 1,
      max: 128,
      pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u,
      patternText: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+',
    },
  ]);
  const pool = requirePool(ctx.world, input.UserPoolId ?? '', principal.accountId);
  authorize(ctx, 'cognito-idp:AdminUserGlobalSignOut', pool.arn);
  const user = findUser(ctx.world, pool.id, input.Username ?? '');
  if (!user) throw userNotFound();
  revokeAllSessions(ctx.world, pool.id, user.username);
  return {};
}
