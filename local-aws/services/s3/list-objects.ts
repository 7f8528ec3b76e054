import type { ListObjectsCommandInput } from '@aws-sdk/client-s3';
import { element } from '../../protocols/xml';
import { authorizeListBucket, requireBucket } from './access';
import { encodeS3Url, entriesXml, entryName, listingLimits, listPage } from './listing';
import { objectDetails, objectKeysOf } from './object-store';
import type { S3Operation } from './request';
import { xmlResponse, document } from './xml';

/**
 * ListObjects, version 1 (`GET /bucket`): a marker instead of a token; NextMarker only
 * when a delimiter is used (otherwise clients resume from the last key); owners always.
 */
export const listObjects: S3Operation = (ctx, request) => {
  const bucket = requireBucket(ctx, request);
  const q = request.query;
  const input: ListObjectsCommandInput = {
    Bucket: bucket.name,
    Prefix: q.prefix ?? '',
    Delimiter: q.delimiter || undefined,
    Marker: q.marker ?? '',
    MaxKeys: q['max-keys'] === undefined ? 1000 : Number(q['max-keys']),
    EncodingType: q['encoding-type'] === undefined ? undefined : (q['encoding-type'] as 'url'),
  };
  authorizeListBucket(ctx, bucket.name, q);
  const maxKeys = listingLimits(q);
  const page = listPage(objectKeysOf(ctx.world, bucket.name), {
    prefix: input.Prefix!,
    delimiter: input.Delimiter ?? '',
    maxKeys,
    after: input.Marker || undefined,
  });
  const url = input.EncodingType === 'url';
  const enc = (text: string) => (url ? encodeS3Url(text) : text);
  const inner =
    element('Name', bucket.name) +
    element('Prefix', enc(input.Prefix!)) +
    element('Marker', enc(input.Marker!)) +
    (page.truncated && page.last && input.Delimiter
      ? element('NextMarker', enc(entryName(page.last)))
      : '') +
    element('MaxKeys', input.MaxKeys) +
    (input.Delimiter ? element('Delimiter', enc(input.Delimiter)) : '') +
    element('IsTruncated', page.truncated) +
    (url ? element('EncodingType', 'url') : '') +
    entriesXml(page, {
      encode: enc,
      owner: bucket.accountId,
      describe: (key) => objectDetails(ctx.world, bucket.name, key),
    });
  return xmlResponse(document('ListBucketResult', inner));
};
