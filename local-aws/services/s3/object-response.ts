import { AwsError } from '../../core/errors';
import { type Principal, type RequestContext, requirePrincipal } from '../../core/types';
import { checkS3Access, requireBucket } from './access';
import { checksumHeader } from './checksums';
import { noSuchKey } from './errors';
import { bucketArn, objectArn, type S3ObjectDetails } from './model';
import { objectDetails } from './object-store';
import type { S3Request } from './request';

/**
 * A metadata value as S3 returns it: as is when it is printable ASCII, else RFC 2047
 * encoded (`=?UTF-8?B?…?=`), which is how S3 sends non-ASCII user metadata.
 */
export function headerSafe(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/**
 * The encryption context the writer gave, as S3 reports it: base64 of its JSON. S3 adds
 * `aws:s3:arn` itself when it calls KMS; that pair is left out, as it is not the writer's.
 */
function callerContext(object: S3ObjectDetails): string | undefined {
  const pairs = Object.entries(object.encryptionContext ?? {}).filter(
    ([key]) => key !== 'aws:s3:arn',
  );
  if (pairs.length === 0) return undefined;
  return Buffer.from(JSON.stringify(Object.fromEntries(pairs)), 'utf8').toString('base64');
}

/** The headers HeadObject and GetObject describe an object with. */
export function objectHeaders(
  object: S3ObjectDetails,
  withChecksum: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': object.contentType,
    etag: object.etag,
    'last-modified': object.lastModified.toUTCString(),
    'accept-ranges': 'bytes',
    'x-amz-server-side-encryption': object.encryption.type,
  };
  if (object.encryption.type === 'aws:kms')
    headers['x-amz-server-side-encryption-aws-kms-key-id'] = object.encryption.keyArn;
  const context = callerContext(object);
  if (context) headers['x-amz-server-side-encryption-context'] = context;
  const stored = object.headers;
  if (stored.cacheControl) headers['cache-control'] = stored.cacheControl;
  if (stored.contentDisposition) headers['content-disposition'] = stored.contentDisposition;
  if (stored.contentEncoding) headers['content-encoding'] = stored.contentEncoding;
  if (stored.contentLanguage) headers['content-language'] = stored.contentLanguage;
  if (stored.expires) headers.expires = stored.expires;
  for (const [name, value] of Object.entries(object.metadata))
    headers[`x-amz-meta-${name}`] = headerSafe(value);
  if (object.tags.length > 0) headers['x-amz-tagging-count'] = String(object.tags.length);
  if (withChecksum) {
    headers[checksumHeader(object.checksum.algorithm)] = object.checksum.value;
    headers['x-amz-checksum-type'] = object.checksum.type ?? 'FULL_OBJECT';
  }
  return headers;
}

/**
 * The object a request acts on, after S3's checks in S3's order: the bucket, then `action`
 * (s3:GetObject for HEAD and GET), then the key; a missing key is NoSuchKey only to callers
 * who may list the bucket, AccessDenied to others (so keys cannot be probed). `missingKey`
 * is what NoSuchKey names (GetObjectTagging names `bucket/key`).
 */
export function findObjectFor(
  ctx: RequestContext,
  request: S3Request,
  action: string,
  missingKey: (bucket: string, key: string) => string = (_, key) => key,
): { object: S3ObjectDetails; principal: Principal } {
  const principal = requirePrincipal(ctx);
  const bucket = requireBucket(ctx, request);
  const key = request.key ?? '';
  checkS3Access(ctx.world, principal, bucket.name, action, objectArn(bucket.name, key));
  const object = objectDetails(ctx.world, bucket.name, key);
  if (!object) {
    try {
      checkS3Access(ctx.world, principal, bucket.name, 's3:ListBucket', bucketArn(bucket.name));
    } catch {
      throw new AwsError('AccessDenied', 'Access Denied', 403);
    }
    throw noSuchKey(missingKey(bucket.name, key));
  }
  return { object, principal };
}

/** The object a HEAD or GET reads (s3:GetObject). */
export const findReadableObject = (ctx: RequestContext, request: S3Request) =>
  findObjectFor(ctx, request, 's3:GetObject');

const etagMatches = (header: string, etag: string) =>
  header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t === etag || `"${t}"` === etag || t === `W/${etag}`);

/**
 * Evaluates If-Match / If-Unmodified-Since (412) and If-None-Match / If-Modified-Since (304)
 * as S3 does; returns 304 when the client's copy is current.
 */
export function checkPreconditions(
  headers: Record<string, string>,
  object: S3ObjectDetails,
): 304 | undefined {
  const modified = Math.floor(object.lastModified.getTime() / 1000) * 1000;
  const ifMatch = headers['if-match'];
  const ifUnmodified = headers['if-unmodified-since'];
  const failed = (condition: string) =>
    new AwsError(
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      412,
      {
        Condition: condition,
      },
    );
  if (ifMatch !== undefined) {
    if (!etagMatches(ifMatch, object.etag)) throw failed('If-Match');
  } else if (ifUnmodified !== undefined) {
    const since = Date.parse(ifUnmodified);
    if (!Number.isNaN(since) && modified > since) throw failed('If-Unmodified-Since');
  }
  const ifNoneMatch = headers['if-none-match'];
  const ifModified = headers['if-modified-since'];
  if (ifNoneMatch !== undefined) {
    if (etagMatches(ifNoneMatch, object.etag)) return 304;
  } else if (ifModified !== undefined) {
    const since = Date.parse(ifModified);
    if (!Number.isNaN(since) && modified <= since) return 304;
  }
  return undefined;
}

export const notModified = (object: S3ObjectDetails) => ({
  status: 304,
  headers: { etag: object.etag, 'last-modified': object.lastModified.toUTCString() },
});
