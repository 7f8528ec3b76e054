import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { checkResourceArn, taggedResource, transcribeChecks } from './resource-tags';

/** ListTagsForResource: the tags of one of the caller's jobs or custom resources. */
export const listTagsForResource: Operation<
  ListTagsForResourceRequest,
  ListTagsForResourceResponse
> = (ctx, input) => {
  checkResourceArn(transcribeChecks(), input.ResourceArn).done();
  const arn = input.ResourceArn!;
  const { tags } = taggedResource(ctx, arn, 'transcribe:ListTagsForResource');
  return { ResourceArn: arn, Tags: tags.map((tag) => ({ ...tag })) };
};
