import type {
  EnableKeyRotationCommandInput,
  EnableKeyRotationCommandOutput,
} from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireEnabled } from './key-access';
import { putKey } from './registry';
import { DEFAULT_ROTATION_DAYS, requireRotatable } from './rotation';
import { checkKeyId } from './validate';

type Output = Omit<EnableKeyRotationCommandOutput, '$metadata'>;

/**
 * EnableKeyRotation: an enabled symmetric encryption key rotates every RotationPeriodInDays
 * (90–2560, default 365). Enabling it again changes the period and keeps the schedule's start.
 */
export function enableKeyRotation(
  ctx: RequestContext,
  input: EnableKeyRotationCommandInput,
): Output {
  checkKeyId(new Checks(), input.KeyId)
    .range('rotationPeriodInDays', input.RotationPeriodInDays, 90, 2560)
    .done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:EnableKeyRotation');
  requireEnabled(key);
  requireRotatable(key);
  putKey(ctx.world, {
    ...key,
    rotation: {
      periodInDays: input.RotationPeriodInDays ?? DEFAULT_ROTATION_DAYS,
      enabledAt: key.rotation?.enabledAt ?? ctx.world.now().getTime(),
    },
  });
  return {};
}
