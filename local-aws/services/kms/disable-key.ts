import type { DisableKeyCommandInput, DisableKeyCommandOutput } from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { putKey } from './registry';
import { checkKeyId } from './validate';

type Output = Omit<DisableKeyCommandOutput, '$metadata'>;

/** DisableKey: Enabled → Disabled (already disabled is fine; pending deletion is not). */
export function disableKey(ctx: RequestContext, input: DisableKeyCommandInput): Output {
  checkKeyId(new Checks(), input.KeyId).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:DisableKey');
  requireNotPendingDeletion(key);
  if (key.keyState !== 'Disabled') putKey(ctx.world, { ...key, keyState: 'Disabled' });
  return {};
}
