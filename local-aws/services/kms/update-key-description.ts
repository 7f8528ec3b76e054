import type {
  UpdateKeyDescriptionCommandInput,
  UpdateKeyDescriptionCommandOutput,
} from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { putKey } from './registry';
import { checkKeyId } from './validate';

type Output = Omit<UpdateKeyDescriptionCommandOutput, '$metadata'>;

/** UpdateKeyDescription: any description up to 8192 characters, empty too; not while pending deletion. */
export function updateKeyDescription(
  ctx: RequestContext,
  input: UpdateKeyDescriptionCommandInput,
): Output {
  checkKeyId(new Checks(), input.KeyId)
    .required('description', input.Description)
    .length('description', input.Description, 0, 8192)
    .done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:UpdateKeyDescription');
  requireNotPendingDeletion(key);
  putKey(ctx.world, { ...key, description: input.Description as string });
  return {};
}
