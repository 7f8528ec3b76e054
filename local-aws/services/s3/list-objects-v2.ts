import type { ListObjectsV2CommandInput } from '@aws-sdk/client-s3';
import { requirePrincipal } from '../../core/types';
import { canonicalUserId } from './list-buckets';
import { bucketArn, checkS3Access, objectsOf, type S3ObjectDetails } from './object-store';
import { requireBucket, type S3Operation, xmlResponse } from './operation';
import { invalidArgument } from './request';
import { document, element } from './xml';

/** One entry of a listing page: an object, or a common prefix that stands for many. */
export type ListingEntry =
  { kind: 'object'; object: S3ObjectDetails } | { kind: 'prefix'; prefix: string };

export interface ListingPage {
  entries: ListingEntry[];
  truncated: boolean;
  /** The last entry returned, to resume after. */
  last?: ListingEntry;
}

const utf8Greater = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b)) > 0;

/**
 * S3's listing walk over keys in UTF-8 order: keys after `after`, under `prefix`, grouped
 * at the first `delimiter` after the prefix; `maxKeys` counts objects and prefixes alike.
 * When `after` is a common prefix the walk skips every key under it.
 */
export function listPage(
  objects: S3ObjectDetails[],
  options: { prefix: string; delimiter: string; maxKeys: number; after?: string },
): ListingPage {
  const { prefix, delimiter, maxKeys, after } = options;
  const entries: ListingEntry[] = [];
  let lastPrefix: string | undefined;
  for (const object of objects) {
    const key = object.key;
    if (!key.startsWith(prefix)) continue;
    if (after !== undefined) {
      if (!utf8Greater(key, after)) continue;
      if (delimiter && after.endsWith(delimiter) && key.startsWith(after)) continue;
    }
    let entry: ListingEntry = { kind: 'object', object };
    if (delimiter) {
      const cut = key.indexOf(delimiter, prefix.length);
      if (cut >= 0) {
        const common = key.slice(0, cut + delimiter.length);
        if (common === lastPrefix) continue;
        entry = { kind: 'prefix', prefix: common };
      }
    }
    if (entries.length >= maxKeys) return { entries, truncated: true, last: entries.at(-1) };
    entries.push(entry);
    if (entry.kind === 'prefix') lastPrefix = entry.prefix;
  }
  return { entries, truncated: false, last: entries.at(-1) };
}

const entryName = (entry: ListingEntry) =>
  entry.kind === 'object' ? entry.object.key : entry.prefix;

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
  checkS3Access(
    ctx.world,
    requirePrincipal(ctx),
    bucket.name,
    's3:ListBucket',
    bucketArn(bucket.name),
    {
      's3:prefix': input.Prefix,
      's3:delimiter': input.Delimiter,
      's3:max-keys': q['max-keys'],
    },
  );
  if (q['max-keys'] !== undefined && !/^\d+$/.test(q['max-keys']))
    throw invalidArgument(
      'Provided max-keys not an integer or within integer range',
      'max-keys',
      q['max-keys'],
    );
  if (input.EncodingType !== undefined && input.EncodingType !== 'url')
    throw invalidArgument(
      'Invalid Encoding Method specified in Request',
      'encoding-type',
      q['encoding-type'],
    );
  if (input.ContinuationToken === '')
    throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', '');
  const maxKeys = Math.min(input.MaxKeys!, 1000);
  const resumeAfter =
    input.ContinuationToken !== undefined ? decodeToken(input.ContinuationToken) : undefined;
  // Whichever comes later wins: a continuation token resumes past start-after anyway.
  const after = resumeAfter ?? (input.StartAfter || undefined);
  const page = listPage(objectsOf(ctx.world, bucket.name), {
    prefix: input.Prefix!,
    delimiter: input.Delimiter ?? '',
    maxKeys,
    after,
  });
  const url = input.EncodingType === 'url';
  const enc = (text: string) => (url ? encodeS3Url(text) : text);
  const owner = `<Owner>${element('ID', canonicalUserId(bucket.accountId))}</Owner>`;
  const contents = page.entries
    .filter((e): e is Extract<ListingEntry, { kind: 'object' }> => e.kind === 'object')
    .map(
      ({ object }) =>
        `<Contents>${element('Key', enc(object.key))}${element('LastModified', object.lastModified.toISOString())}${element('ETag', object.etag)}${element('ChecksumAlgorithm', object.checksum.algorithm)}${element('ChecksumType', 'FULL_OBJECT')}${element('Size', object.size)}${input.FetchOwner ? owner : ''}${element('StorageClass', 'STANDARD')}</Contents>`,
    )
    .join('');
  const prefixes = page.entries
    .filter((e): e is Extract<ListingEntry, { kind: 'prefix' }> => e.kind === 'prefix')
    .map((e) => `<CommonPrefixes>${element('Prefix', enc(e.prefix))}</CommonPrefixes>`)
    .join('');
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
    contents +
    prefixes;
  return xmlResponse(document('ListBucketResult', inner));
};

/** S3's `encoding-type=url`: form encoding (space as `+`), keeping `/`. */
export function encodeS3Url(text: string): string {
  return encodeURIComponent(text)
    .replace(/%2F/g, '/')
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
