import type {
  GetKeyRotationStatusCommandInput,
  GetKeyRotationStatusCommandOutput,
} from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation } from './key-access';
import { rotationStatus } from './rotation';
import { checkKeyId } from './validate';

type Output = Omit<GetKeyRotationStatusCommandOutput, '$metadata'>;

/**
 * GetKeyRotationStatus: in every key state, for keys of other accounts too (by ARN, when
 * their key policy allows it). Keys that cannot rotate report false rather than fail.
 */
export function getKeyRotationStatus(
  ctx: RequestContext,
  input: GetKeyRotationStatusCommandInput,
): Output {
  checkKeyId(new Checks(), input.KeyId).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:GetKeyRotationStatus');
  return rotationStatus(key, ctx.world.now().getTime());
}
