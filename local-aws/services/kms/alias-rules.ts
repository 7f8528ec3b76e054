import { AwsError } from '../../core/errors';
import type { Checks } from '../../core/validation';
import { checkAliasName, parseKeyIdentifier } from './identifiers';

// What CreateAlias, UpdateAlias and DeleteAlias ask of an alias name and a target key.

/** The AliasName member: required, 1–256 characters of `[a-zA-Z0-9:/_-]`. */
export function checkAliasNameMember(checks: Checks, name: string | undefined): Checks {
  return checks
    .required('aliasName', name)
    .length('aliasName', name, 1, 256)
    .pattern('aliasName', name, /^[a-zA-Z0-9:/_-]+$/, '^[a-zA-Z0-9:/_-]+$');
}

/** A name a customer may manage: `alias/…`, and not AWS's own `alias/aws/…`. */
export function requireCustomerAliasName(name: string): void {
  const problem = checkAliasName(name);
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
}

/** An alias points at a key, named by key ID or key ARN, never at another alias. */
export function requireKeyTarget(targetKeyId: string): void {
  const target = parseKeyIdentifier(targetKeyId);
  if (target.kind === 'alias-name' || target.kind === 'alias-arn')
    throw new AwsError('ValidationException', 'Aliases must refer to keys. Not aliases');
}
