import type {
  DisableKeyRotationCommandInput,
  DisableKeyRotationCommandOutput,
} from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireEnabled } from './key-access';
import { putKey } from './registry';
import { requireRotatable } from './rotation';
import { checkKeyId } from './validate';

type Output = Omit<DisableKeyRotationCommandOutput, '$metadata'>;

/** DisableKeyRotation: same key states and kinds as EnableKeyRotation; off when already off. */
export function disableKeyRotation(
  ctx: RequestContext,
  input: DisableKeyRotationCommandInput,
): Output {
  checkKeyId(new Checks(), input.KeyId).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:DisableKeyRotation');
  requireEnabled(key);
  requireRotatable(key);
  if (key.rotation) {
    const { rotation: _dropped, ...rest } = key;
    putKey(ctx.world, rest);
  }
  return {};
}
