import type { GetKeyPolicyCommandInput, GetKeyPolicyCommandOutput } from '@aws-sdk/client-kms';
import { AwsError } from '../../core/errors';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation } from './key-access';
import { checkKeyId } from './validate';

type Output = Omit<GetKeyPolicyCommandOutput, '$metadata'>;

/** GetKeyPolicy: the key's only policy, `default`, exactly as it was set. */
export function getKeyPolicy(ctx: RequestContext, input: GetKeyPolicyCommandInput): Output {
  checkKeyId(new Checks(), input.KeyId)
    .length('policyName', input.PolicyName, 1, 128)
    .pattern('policyName', input.PolicyName, /^\w+$/, '[\\w]+')
    .done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:GetKeyPolicy');
  const name = input.PolicyName ?? 'default';
  if (name !== 'default') throw new AwsError('NotFoundException', 'No such policy exists');
  return { Policy: key.policy, PolicyName: 'default' };
}
