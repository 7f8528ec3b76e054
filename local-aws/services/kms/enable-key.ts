import type { EnableKeyCommandInput, EnableKeyCommandOutput } from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { putKey } from './registry';
import { checkKeyId } from './validate';

type Output = Omit<EnableKeyCommandOutput, '$metadata'>;

/** EnableKey: Disabled → Enabled (already enabled is fine; pending deletion is not). */
export function enableKey(ctx: RequestContext, input: EnableKeyCommandInput): Output {
  checkKeyId(new Checks(), input.KeyId).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:EnableKey');
  requireNotPendingDeletion(key);
  if (key.keyState !== 'Enabled') putKey(ctx.world, { ...key, keyState: 'Enabled' });
  return {};
}
