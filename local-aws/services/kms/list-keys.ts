import type { ListKeysCommandInput, ListKeysCommandOutput } from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { invalidMarker } from './errors';
import { keyArn } from './identifiers';
import { authorizeAccountAction } from './key-access';
import { decodeMarker, encodeMarker, pageAfter } from './paging';
import { keyIdsOf } from './registry';
import { checkMarker } from './validate';

type Output = Omit<ListKeysCommandOutput, '$metadata'>;

/** ListKeys: the caller's keys in this Region (customer and AWS managed), a page at a time. */
export function listKeys(ctx: RequestContext, input: ListKeysCommandInput): Output {
  const checks = new Checks().range('limit', input.Limit, 1, 1000);
  checkMarker(checks, input.Marker).done();
  const principal = authorizeAccountAction(ctx, 'kms:ListKeys');
  let after: string | undefined;
  if (input.Marker !== undefined) {
    after = decodeMarker('keys', input.Marker);
    if (after === undefined) throw invalidMarker();
  }
  const ids = keyIdsOf(ctx.world, principal.accountId, ctx.region);
  const page = pageAfter(ids, after, input.Limit ?? 100);
  const last = page.items.at(-1);
  return {
    Keys: page.items.map((keyId) => ({
      KeyId: keyId,
      KeyArn: keyArn(ctx.region, principal.accountId, keyId),
    })),
    ...(page.truncated && last !== undefined ? { NextMarker: encodeMarker('keys', last) } : {}),
    Truncated: page.truncated,
  };
}
