import type {
  CancelKeyDeletionCommandInput,
  CancelKeyDeletionCommandOutput,
} from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyNotPendingDeletion } from './errors';
import { keyForOperation } from './key-access';
import { putKey } from './registry';
import { checkKeyId } from './validate';

type Output = Omit<CancelKeyDeletionCommandOutput, '$metadata'>;

/**
 * CancelKeyDeletion: a key pending deletion becomes Disabled (not Enabled: enabling it is a
 * separate step), with its deletion date gone and its rotation setting back.
 */
export function cancelKeyDeletion(
  ctx: RequestContext,
  input: CancelKeyDeletionCommandInput,
): Output {
  checkKeyId(new Checks(), input.KeyId).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:CancelKeyDeletion');
  if (key.keyState !== 'PendingDeletion') throw keyNotPendingDeletion(key.arn);
  const { deletionDate: _date, pendingWindowInDays: _window, ...rest } = key;
  putKey(ctx.world, { ...rest, keyState: 'Disabled' });
  return { KeyId: key.arn };
}
