import type { UntagResourceRequest, UntagResourceResponse } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { constraint } from '../../core/validation';
import { checkResourceArn, taggedResource, transcribeChecks } from './resource-tags';

/** UntagResource: removes tags by key; keys the resource does not have are no error. */
export const untagResource: Operation<UntagResourceRequest, UntagResourceResponse> = (
  ctx,
  input,
) => {
  const checks = checkResourceArn(transcribeChecks(), input.ResourceArn).required(
    'tagKeys',
    input.TagKeys,
  );
  const keys = input.TagKeys ?? [];
  for (const key of keys) checks.type('tagKeys', key, 'string');
  if (input.TagKeys && (keys.length < 1 || keys.length > 200))
    checks.add({
      member: 'tagKeys',
      value: keys,
      constraint: keys.length < 1 ? constraint.minLength(1) : constraint.maxLength(200),
    });
  if (keys.some((key) => key.length < 1 || key.length > 128))
    checks.add({
      member: 'tagKeys',
      value: keys,
      constraint: constraint.eachMember([constraint.maxLength(128), constraint.minLength(1)]),
    });
  checks.done();
  const resource = taggedResource(ctx, input.ResourceArn!, 'transcribe:UntagResource');
  const removed = new Set(keys);
  resource.save(resource.tags.filter((tag) => !removed.has(tag.Key!)));
  return {};
};
