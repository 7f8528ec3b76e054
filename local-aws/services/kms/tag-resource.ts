import type { TagResourceCommandInput, TagResourceCommandOutput } from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation, requireNotPendingDeletion } from './key-access';
import { putKey } from './registry';
import { checkTags, mergeTags } from './tags';
import { checkKeyId } from './validate';

type Output = Omit<TagResourceCommandOutput, '$metadata'>;

/** TagResource: adds tags to a key, or changes their values; not while pending deletion. */
export function tagResource(ctx: RequestContext, input: TagResourceCommandInput): Output {
  const checks = checkKeyId(new Checks(), input.KeyId).required('tags', input.Tags);
  checkTags(checks, input.Tags).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:TagResource');
  requireNotPendingDeletion(key);
  putKey(ctx.world, { ...key, tags: mergeTags(key.tags ?? [], input.Tags ?? []) });
  return {};
}
