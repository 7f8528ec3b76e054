import type { ListObjectsV2CommandInput } from '@aws-sdk/client-s3';
import { element } from '../../protocols/xml';
import { authorizeListBucket, requireBucket } from './access';
import { invalidArgument } from './errors';
import { encodeS3Url, entriesXml, entryName, listingLimits, listPage } from './listing';
import { objectDetails, objectKeysOf } from './object-store';
import type { S3Operation } from './request';
import { xmlResponse, document } from './xml';

// The token is opaque to clients; it carries the last name returned.
const encodeToken = (name: string) => Buffer.from(`v1:${name}`, 'utf8').toString('base64');
function decodeToken(token: string): string {
  const text = Buffer.from(token, 'base64').toString('utf8');
  if (!text.startsWith('v1:') || encodeToken(text.slice(3)) !== token)
    throw invalidArgument(
      'The continuation token provided is incorrect',
      'continuation-token',
      token,
    );
  return text.slice(3);
}

/** ListObjectsV2 (`GET /bucket?list-type=2`). */
export const listObjectsV2: S3Operation = (ctx, request) => {
  const bucket = requireBucket(ctx, request);
  const q = request.query;
  const input: ListObjectsV2CommandInput = {
    Bucket: bucket.name,
    Prefix: q.prefix ?? '',
    Delimiter: q.delimiter || undefined,
    MaxKeys: q['max-keys'] === undefined ? 1000 : Number(q['max-keys']),
    ContinuationToken: q['continuation-token'],
    StartAfter: q['start-after'],
    FetchOwner: q['fetch-owner'] === 'true',
    EncodingType: q['encoding-type'] === undefined ? undefined : (q['encoding-type'] as 'url'),
  };
  authorizeListBucket(ctx, bucket.name, q);
  const maxKeys = listingLimits(q);
  if (input.ContinuationToken === '')
    throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', '');
  const resumeAfter =
    input.ContinuationToken !== undefined ? decodeToken(input.ContinuationToken) : undefined;
  // A continuation token supersedes start-after: it already lies past it.
  const after = resumeAfter ?? (input.StartAfter || undefined);
  const page = listPage(objectKeysOf(ctx.world, bucket.name), {
    prefix: input.Prefix!,
    delimiter: input.Delimiter ?? '',
    maxKeys,
    after,
  });
  const url = input.EncodingType === 'url';
  const enc = (text: string) => (url ? encodeS3Url(text) : text);
  const inner =
    element('Name', bucket.name) +
    element('Prefix', enc(input.Prefix!)) +
    (input.ContinuationToken !== undefined
      ? element('ContinuationToken', input.ContinuationToken)
      : '') +
    (page.truncated && page.last
      ? element('NextContinuationToken', encodeToken(entryName(page.last)))
      : '') +
    element('KeyCount', page.entries.length) +
    element('MaxKeys', input.MaxKeys) +
    (input.Delimiter ? element('Delimiter', enc(input.Delimiter)) : '') +
    element('IsTruncated', page.truncated) +
    (input.StartAfter ? element('StartAfter', enc(input.StartAfter)) : '') +
    (url ? element('EncodingType', 'url') : '') +
    entriesXml(page, {
      encode: enc,
      owner: input.FetchOwner ? bucket.accountId : undefined,
      describe: (key) => objectDetails(ctx.world, bucket.name, key),
    });
  return xmlResponse(document('ListBucketResult', inner));
};
