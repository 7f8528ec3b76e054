import type { PutKeyPolicyCommandInput, PutKeyPolicyCommandOutput } from '@aws-sdk/client-kms';
import { AwsError } from '../../core/errors';
import { requirePrincipal, type RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { checkLockout, parseKeyPolicy } from './key-policy';
import { putKey } from './registry';
import { POLICY_PATTERN, POLICY_PATTERN_TEXT, checkKeyId } from './validate';

type Output = Omit<PutKeyPolicyCommandOutput, '$metadata'>;

/** PutKeyPolicy: replaces the key policy, with KMS's checks (lockout unless bypassed). */
export function putKeyPolicy(ctx: RequestContext, input: PutKeyPolicyCommandInput): Output {
  checkKeyId(new Checks(), input.KeyId)
    .required('policy', input.Policy)
    .length('policy', input.Policy, 1, 131072)
    .pattern('policy', input.Policy, POLICY_PATTERN, POLICY_PATTERN_TEXT)
    .length('policyName', input.PolicyName, 1, 128)
    .pattern('policyName', input.PolicyName, /^\w+$/, '[\\w]+')
    .done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:PutKeyPolicy');
  if ((input.PolicyName ?? 'default') !== 'default')
    throw new AwsError('NotFoundException', 'No such policy exists');
  requireNotPendingDeletion(key);
  const policy = input.Policy as string;
  const document = parseKeyPolicy(policy);
  checkLockout(
    requirePrincipal(ctx),
    key.arn,
    key.accountId,
    document,
    input.BypassPolicyLockoutSafetyCheck,
  );
  putKey(ctx.world, { ...key, policy });
  return {};
}
