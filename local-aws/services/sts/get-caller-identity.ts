import type { GetCallerIdentityResponse } from '@aws-sdk/client-sts';
import { type RequestContext, requirePrincipal } from '../../core/types';

/** STS GetCallerIdentity: needs no permission; answers who signed the request. */
export function getCallerIdentity(ctx: RequestContext): GetCallerIdentityResponse {
  const principal = requirePrincipal(ctx);
  return { Arn: principal.arn, UserId: principal.userId, Account: principal.accountId };
}
