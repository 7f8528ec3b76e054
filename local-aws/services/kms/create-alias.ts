import type { CreateAliasCommandInput, CreateAliasCommandOutput } from '@aws-sdk/client-kms';
import { authorize } from '../../core/access';
import { AwsError } from '../../core/errors';
import { requirePrincipal, type RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { checkAliasNameMember, requireCustomerAliasName, requireKeyTarget } from './alias-rules';
import { keyNotFound } from './errors';
import { aliasArn } from './identifiers';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { getAlias, putAlias } from './registry';
import { checkKeyId } from './validate';

type Output = Omit<CreateAliasCommandOutput, '$metadata'>;

/**
 * CreateAlias: a new alias in the caller's account for one of its keys. Needs kms:CreateAlias
 * on the alias (IAM) and on the key (key policy + IAM).
 */
export function createAlias(ctx: RequestContext, input: CreateAliasCommandInput): Output {
  const name = input.AliasName;
  checkAliasNameMember(checkKeyId(new Checks(), input.TargetKeyId, 'targetKeyId'), name).done();
  const aliasName = name as string;
  requireCustomerAliasName(aliasName);
  const principal = requirePrincipal(ctx);
  requireKeyTarget(input.TargetKeyId as string);
  const key = keyForOperation(ctx, input.TargetKeyId as string, 'kms:CreateAlias');
  if (key.accountId !== principal.accountId || key.region !== ctx.region)
    throw keyNotFound(key.arn);
  const arn = aliasArn(ctx.region, principal.accountId, aliasName);
  authorize(ctx, 'kms:CreateAlias', arn, { 'kms:CallerAccount': principal.accountId });
  if (getAlias(ctx.world, principal.accountId, ctx.region, aliasName))
    throw new AwsError('AlreadyExistsException', `An alias with the name ${arn} already exists`);
  requireNotPendingDeletion(key);
  const now = ctx.world.now().getTime();
  putAlias(ctx.world, {
    aliasName,
    aliasArn: arn,
    accountId: principal.accountId,
    region: ctx.region,
    targetKeyId: key.keyId,
    creationDate: now,
    lastUpdatedDate: now,
  });
  return {};
}
