import { type RequestContext, requirePrincipal } from '../../core/types';

/** STS GetCallerIdentity: needs no permission; answers who signed the request. */
export function getCallerIdentity(ctx: RequestContext): string {
  const principal = requirePrincipal(ctx);
  return `<Arn>${principal.arn}</Arn><UserId>${principal.userId}</UserId><Account>${principal.accountId}</Account>`;
}
