import type { DeleteAliasCommandInput, DeleteAliasCommandOutput } from '@aws-sdk/client-kms';
import { authorize } from '../../core/access';
import { requirePrincipal, type RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { checkAliasNameMember, requireCustomerAliasName } from './alias-rules';
import { aliasNotFound } from './errors';
import { aliasArn, keyArn } from './identifiers';
import { keyForOperation } from './key-access';
import { getAlias, removeAlias } from './registry';

type Output = Omit<DeleteAliasCommandOutput, '$metadata'>;

/**
 * DeleteAlias: removes one of the caller's aliases, whatever its key's state. Needs
 * kms:DeleteAlias on the alias (IAM) and on its key (key policy + IAM).
 */
export function deleteAlias(ctx: RequestContext, input: DeleteAliasCommandInput): Output {
  checkAliasNameMember(new Checks(), input.AliasName).done();
  const aliasName = input.AliasName as string;
  requireCustomerAliasName(aliasName);
  const principal = requirePrincipal(ctx);
  const arn = aliasArn(ctx.region, principal.accountId, aliasName);
  authorize(ctx, 'kms:DeleteAlias', arn, { 'kms:CallerAccount': principal.accountId });
  const alias = getAlias(ctx.world, principal.accountId, ctx.region, aliasName);
  if (!alias) throw aliasNotFound(arn);
  keyForOperation(ctx, keyArn(ctx.region, alias.accountId, alias.targetKeyId), 'kms:DeleteAlias');
  removeAlias(ctx.world, alias);
  return {};
}
