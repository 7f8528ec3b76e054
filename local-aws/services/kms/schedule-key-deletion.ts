import type {
  ScheduleKeyDeletionCommandInput,
  ScheduleKeyDeletionCommandOutput,
} from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { putKey } from './registry';
import { checkKeyId } from './validate';

type Output = Omit<ScheduleKeyDeletionCommandOutput, '$metadata'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * ScheduleKeyDeletion: the key becomes PendingDeletion for 7–30 days (default 30). local-aws
 * never deletes it; the state alone is what clients see.
 */
export function scheduleKeyDeletion(
  ctx: RequestContext,
  input: ScheduleKeyDeletionCommandInput,
): Output {
  // The model allows 1–365, but single-Region keys take 7–30 days.
  checkKeyId(new Checks(), input.KeyId)
    .range('pendingWindowInDays', input.PendingWindowInDays, 7, 30)
    .done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:ScheduleKeyDeletion');
  requireNotPendingDeletion(key);
  const days = input.PendingWindowInDays ?? 30;
  const deletionDate = ctx.world.now().getTime() + days * DAY_MS;
  putKey(ctx.world, {
    ...key,
    keyState: 'PendingDeletion',
    deletionDate,
    pendingWindowInDays: days,
  });
  return {
    KeyId: key.arn,
    DeletionDate: new Date(deletionDate),
    KeyState: 'PendingDeletion',
    PendingWindowInDays: days,
  };
}
