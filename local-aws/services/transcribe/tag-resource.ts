import type { TagResourceRequest, TagResourceResponse } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { checkResourceArn, checkTagList, taggedResource, transcribeChecks } from './resource-tags';

/** TagResource: adds tags, or gives existing keys new values (in place). */
export const tagResource: Operation<TagResourceRequest, TagResourceResponse> = (ctx, input) => {
  checkTagList(checkResourceArn(transcribeChecks(), input.ResourceArn), input.Tags).done();
  const resource = taggedResource(ctx, input.ResourceArn!, 'transcribe:TagResource');
  const tags = resource.tags.map((tag) => ({ ...tag }));
  for (const tag of input.Tags!) {
    const at = tags.findIndex((old) => old.Key === tag.Key);
    if (at >= 0) tags[at] = { Key: tag.Key, Value: tag.Value };
    else tags.push({ Key: tag.Key, Value: tag.Value });
  }
  resource.save(tags);
  return {};
};
