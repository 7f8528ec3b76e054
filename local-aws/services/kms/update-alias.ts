import type { UpdateAliasCommandInput, UpdateAliasCommandOutput } from '@aws-sdk/client-kms';
import { authorize } from '../../core/access';
import { AwsError } from '../../core/errors';
import { requirePrincipal, type RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { checkAliasNameMember, requireCustomerAliasName, requireKeyTarget } from './alias-rules';
import { aliasNotFound, keyNotFound } from './errors';
import { aliasArn, keyArn } from './identifiers';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import type { StoredKey } from './model';
import { getAlias, putAlias } from './registry';
import { checkKeyId } from './validate';

type Output = Omit<UpdateAliasCommandOutput, '$metadata'>;

/** Symmetric encryption, asymmetric or HMAC: an alias moves only between keys of one kind. */
function kindOf(key: StoredKey): string {
  if (key.keySpec === 'SYMMETRIC_DEFAULT') return 'symmetric';
  if (key.keySpec.startsWith('HMAC_')) return 'HMAC';
  return 'asymmetric';
}

/**
 * UpdateAlias: points an alias of the caller's at another of its keys, of the same kind and key
 * usage. Needs kms:UpdateAlias on the alias (IAM) and on both keys (key policy + IAM). The old
 * key may be in any state; the new one must not be pending deletion.
 */
export function updateAlias(ctx: RequestContext, input: UpdateAliasCommandInput): Output {
  checkKeyId(
    checkAliasNameMember(new Checks(), input.AliasName),
    input.TargetKeyId,
    'targetKeyId',
  ).done();
  const aliasName = input.AliasName as string;
  requireCustomerAliasName(aliasName);
  requireKeyTarget(input.TargetKeyId as string);
  const principal = requirePrincipal(ctx);
  const arn = aliasArn(ctx.region, principal.accountId, aliasName);
  authorize(ctx, 'kms:UpdateAlias', arn, { 'kms:CallerAccount': principal.accountId });
  const alias = getAlias(ctx.world, principal.accountId, ctx.region, aliasName);
  if (!alias) throw aliasNotFound(arn);
  const current = keyForOperation(
    ctx,
    keyArn(ctx.region, alias.accountId, alias.targetKeyId),
    'kms:UpdateAlias',
  );
  const target = keyForOperation(ctx, input.TargetKeyId as string, 'kms:UpdateAlias');
  if (target.accountId !== principal.accountId || target.region !== ctx.region)
    throw keyNotFound(target.arn);
  requireNotPendingDeletion(target);
  if (kindOf(target) !== kindOf(current) || target.keyUsage !== current.keyUsage)
    throw new AwsError(
      'ValidationException',
      `${target.arn} key is ${kindOf(target)} with key usage ${target.keyUsage}; the alias's current key is ${kindOf(current)} with key usage ${current.keyUsage}.`,
    );
  putAlias(ctx.world, {
    ...alias,
    targetKeyId: target.keyId,
    lastUpdatedDate: ctx.world.now().getTime(),
  });
  return {};
}
