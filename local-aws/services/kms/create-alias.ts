import type { CreateAliasCommandInput, CreateAliasCommandOutput } from '@aws-sdk/client-kms';
import { authorize } from '../../core/access';
import { AwsError } from '../../core/errors';
import { requirePrincipal, type RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyNotFound } from './errors';
import { aliasArn, checkAliasName, parseKeyIdentifier } from './identifiers';
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
  checkKeyId(new Checks(), input.TargetKeyId, 'targetKeyId')
    .required('aliasName', name)
    .length('aliasName', name, 1, 256)
    .pattern('aliasName', name, /^[a-zA-Z0-9:/_-]+$/, '^[a-zA-Z0-9:/_-]+$')
    .done();
  const aliasName = name as string;
  const problem = checkAliasName(aliasName);
  if (problem?.kind === 'prefix')
    throw new AwsError(
      'ValidationException',
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    );
  if (problem?.kind === 'reserved')
    throw new AwsError(
      'NotAuthorizedException',
      'Alias names that begin with alias/aws/ are reserved for AWS managed keys.',
    );
  const principal = requirePrincipal(ctx);
  const target = parseKeyIdentifier(input.TargetKeyId as string);
  if (target.kind === 'alias-name' || target.kind === 'alias-arn')
    throw new AwsError('ValidationException', 'Aliases must refer to keys. Not aliases');
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
