import { AwsError } from './errors';
import { type AccessRequest, authorizeIdentity } from './iam';
import { type RequestContext, requirePrincipal } from './types';

/** The access-denied error in the service's own words and status. */
export function accessDenied(ctx: RequestContext, message: string): AwsError {
  return new AwsError(ctx.accessDenied.code, message, ctx.accessDenied.status);
}

/** Checks the caller's identity policies for one action on one resource ARN. */
export function authorize(
  ctx: RequestContext,
  action: string,
  resource: string,
  context?: AccessRequest['context'],
): void {
  const principal = requirePrincipal(ctx);
  const result = authorizeIdentity(principal, {
    action,
    resource,
    context: { 'aws:PrincipalAccount': principal.accountId, ...context },
  });
  if (!result.allowed) throw accessDenied(ctx, result.message);
}
