import type { UntagResourceCommandInput, UntagResourceCommandOutput } from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { putKey } from './registry';
import { checkTagKeys } from './tags';
import { checkKeyId } from './validate';

type Output = Omit<UntagResourceCommandOutput, '$metadata'>;

/** UntagResource: removes tags by key; a key the key does not have is no error. */
export function untagResource(ctx: RequestContext, input: UntagResourceCommandInput): Output {
  checkTagKeys(checkKeyId(new Checks(), input.KeyId), input.TagKeys).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:UntagResource');
  requireNotPendingDeletion(key);
  const removed = new Set(input.TagKeys);
  const tags = (key.tags ?? []).filter((tag) => !removed.has(tag.TagKey));
  if (tags.length !== (key.tags ?? []).length) putKey(ctx.world, { ...key, tags });
  return {};
}
