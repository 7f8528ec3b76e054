import type {
  ListResourceTagsCommandInput,
  ListResourceTagsCommandOutput,
} from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { invalidMarker } from './errors';
import { keyForOperation } from './key-access';
import { decodeMarker, encodeMarker } from './paging';
import { checkKeyId, checkMarker } from './validate';

type Output = Omit<ListResourceTagsCommandOutput, '$metadata'>;

/**
 * ListResourceTags: a key's tags in the order they were added (a changed value keeps its
 * place), in every key state, up to 50 a page (the most a key can hold).
 */
export function listResourceTags(ctx: RequestContext, input: ListResourceTagsCommandInput): Output {
  const checks = checkKeyId(new Checks(), input.KeyId).range('limit', input.Limit, 1, 50);
  checkMarker(checks, input.Marker).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:ListResourceTags');
  const tags = key.tags ?? [];
  let start = 0;
  if (input.Marker !== undefined) {
    // The marker holds the position of the next tag: tags keep their order.
    const position = decodeMarker('tags', input.Marker);
    if (position === undefined || !/^\d+$/.test(position)) throw invalidMarker();
    start = Number(position);
  }
  const end = start + (input.Limit ?? 50);
  const truncated = end < tags.length;
  return {
    Tags: tags.slice(start, end).map((tag) => ({ ...tag })),
    ...(truncated ? { NextMarker: encodeMarker('tags', String(end)) } : {}),
    Truncated: truncated,
  };
}
