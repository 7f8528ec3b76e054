import { AwsError } from '../../core/errors';
import { findCredentials } from '../../core/identity';
import { type Principal, type RequestContext, requirePrincipal } from '../../core/types';
import { checkS3Access, requireBucket } from './access';
import type { ChunkSigning } from './aws-chunked';
import { invalidArgument, noSuchKey } from './errors';
import { objectArn, type ObjectTag, type S3ObjectInfo, type StoredObjectHeaders } from './model';
import { headObjectInternal } from './object-store';
import { parseTaggingHeader } from './object-tags';
import { metadataOf, type S3Request } from './request';

// What PutObject, CreateMultipartUpload and UploadPart share: body framing, checksums,
// SSE headers, metadata and key limits.

const MAX_KEY_BYTES = 1024;

const MAX_METADATA_BYTES = 2048;

/** What the signer of a `STREAMING-AWS4-HMAC-SHA256-PAYLOAD` body chained its chunks from. */
export function chunkSigning(
  ctx: RequestContext,
  request: S3Request,
  principal: Principal,
): ChunkSigning | undefined {
  if (!(request.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-AWS4-HMAC-SHA256-'))
    return undefined;
  const authorization = request.headers.authorization ?? '';
  const credential = /Credential=([^,\s]+)/.exec(authorization)?.[1];
  const signature = /Signature=([0-9a-f]+)/.exec(authorization)?.[1];
  const credentials = findCredentials(ctx.world, principal.accessKeyId);
  if (!credential || !signature || !credentials)
    throw new AwsError(
      'AuthorizationHeaderMalformed',
      'A streaming signed payload needs header authorization.',
      400,
    );
  return {
    seedSignature: signature,
    amzDate: request.headers['x-amz-date'] ?? '',
    scope: credential.split('/').slice(1).join('/'),
    secretAccessKey: credentials.secretAccessKey,
  };
}

const contextError = (value: string) =>
  invalidArgument(
    "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map",
    'x-amz-server-side-encryption-context',
    value,
  );

export function parseEncryptionContext(value: string): Record<string, string> {
  const text = Buffer.from(value, 'base64').toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw contextError(value);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw contextError(value);
  const context: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'string') throw contextError(value);
    context[k] = v;
  }
  return context;
}

/** The SSE the request asks for: S3 managed keys unless it names aws:kms. */
export function requestedEncryption(headers: Record<string, string>): {
  kms?: { keyId: string; encryptionContext?: Record<string, string> };
} {
  const sse = headers['x-amz-server-side-encryption'];
  const keyId = headers['x-amz-server-side-encryption-aws-kms-key-id'];
  const context = headers['x-amz-server-side-encryption-context'];
  if (sse !== undefined && !['AES256', 'aws:kms', 'aws:kms:dsse'].includes(sse))
    throw invalidArgument(
      'The encryption method specified is not supported',
      'x-amz-server-side-encryption',
      sse,
    );
  if (sse === 'aws:kms:dsse')
    throw new AwsError(
      'NotImplemented',
      'local-aws does not implement DSSE-KMS (aws:kms:dsse).',
      501,
    );
  if (sse !== 'aws:kms') {
    if (keyId !== undefined || context !== undefined)
      throw invalidArgument(
        'Server Side Encryption with AWS Key Management Service managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
        'x-amz-server-side-encryption',
        sse ?? 'null',
      );
    return {};
  }
  return {
    kms: {
      // Without a key S3 uses the account's AWS managed key.
      keyId: keyId || 'alias/aws/s3',
      encryptionContext: context === undefined ? undefined : parseEncryptionContext(context),
    },
  };
}

export function checkWritePreconditions(
  ctx: RequestContext,
  bucket: string,
  key: string,
  headers: Record<string, string>,
): void {
  const existing = headObjectInternal(ctx.world, bucket, key);
  const failed = (condition: string) =>
    new AwsError(
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      412,
      {
        Condition: condition,
      },
    );
  if (headers['if-none-match'] === '*' && existing) throw failed('If-None-Match');
  const ifMatch = headers['if-match'];
  if (ifMatch !== undefined) {
    if (!existing) throw noSuchKey(key);
    if (ifMatch !== existing.etag && `"${ifMatch}"` !== existing.etag) throw failed('If-Match');
  }
}

/** IAM condition keys a write request carries. */
export const writeConditionContext = (headers: Record<string, string>) => ({
  's3:x-amz-server-side-encryption': headers['x-amz-server-side-encryption'],
  's3:x-amz-server-side-encryption-aws-kms-key-id':
    headers['x-amz-server-side-encryption-aws-kms-key-id'],
});

export function checkKeyLength(key: string): void {
  if (Buffer.byteLength(key) > MAX_KEY_BYTES)
    throw new AwsError('KeyTooLongError', 'Your key is too long', 400, {
      Size: String(Buffer.byteLength(key)),
      MaxSizeAllowed: String(MAX_KEY_BYTES),
    });
}

/** The request's user metadata, within S3's 2 KB limit. */
export function objectMetadata(headers: Record<string, string>): Record<string, string> {
  const metadata = metadataOf(headers);
  const metadataBytes = Object.entries(metadata).reduce(
    (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
    0,
  );
  if (metadataBytes > MAX_METADATA_BYTES)
    throw new AwsError(
      'MetadataTooLarge',
      'Your metadata headers exceed the maximum allowed metadata size.',
      400,
      {
        Size: String(metadataBytes),
        MaxSizeAllowed: String(MAX_METADATA_BYTES),
      },
    );
  return metadata;
}

/** The representation headers S3 keeps with an object (aws-chunked is transport only). */
export function storedHeaders(headers: Record<string, string>): StoredObjectHeaders {
  const contentEncoding = (headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e && e !== 'aws-chunked')
    .join(', ');
  return {
    cacheControl: headers['cache-control'],
    contentDisposition: headers['content-disposition'],
    contentEncoding: contentEncoding || undefined,
    contentLanguage: headers['content-language'],
    expires: headers.expires,
  };
}

/** The SSE headers a write answers with. */
export function encryptionHeaders(
  encryption: S3ObjectInfo['encryption'],
  requestHeaders: Record<string, string>,
): Record<string, string> {
  const headers: Record<string, string> = { 'x-amz-server-side-encryption': encryption.type };
  if (encryption.type === 'aws:kms')
    headers['x-amz-server-side-encryption-aws-kms-key-id'] = encryption.keyArn;
  if (requestHeaders['x-amz-server-side-encryption-context'] !== undefined)
    headers['x-amz-server-side-encryption-context'] =
      requestHeaders['x-amz-server-side-encryption-context'];
  return headers;
}

/**
 * What every object write starts with (PutObject, CreateMultipartUpload): the bucket exists,
 * the caller may s3:PutObject the key under the request's SSE conditions, the key is not too
 * long; then the encryption and the tags (`x-amz-tagging`) asked for.
 */
export function beginObjectWrite(ctx: RequestContext, request: S3Request) {
  const principal = requirePrincipal(ctx);
  const bucket = requireBucket(ctx, request);
  const key = request.key ?? '';
  const headers = request.headers;
  const conditionContext = writeConditionContext(headers);
  checkS3Access(
    ctx.world,
    principal,
    bucket.name,
    's3:PutObject',
    objectArn(bucket.name, key),
    conditionContext,
  );
  checkKeyLength(key);
  const tagging = headers['x-amz-tagging'];
  let tags: ObjectTag[] | undefined;
  if (tagging !== undefined) {
    tags = parseTaggingHeader(tagging);
    // Tagging an object as it is written takes s3:PutObjectTagging as well.
    checkS3Access(
      ctx.world,
      principal,
      bucket.name,
      's3:PutObjectTagging',
      objectArn(bucket.name, key),
    );
  }
  return {
    principal,
    bucket,
    key,
    headers,
    conditionContext,
    encryption: requestedEncryption(headers),
    tags,
  };
}
