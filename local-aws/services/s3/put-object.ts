import { type RequestContext, requirePrincipal } from '../../core/types';
import { checksumHeader } from './checksums';
import { checkS3Access, objectArn, writeObject } from './object-store';
import { requireBucket, type S3Operation } from './operation';
import {
  checkKeyLength,
  checkWritePreconditions,
  encryptionHeaders,
  objectMetadata,
  readBody,
  requestedEncryption,
  storedHeaders,
  verifiedChecksum,
  verifyContentMd5,
  writeConditionContext,
} from './write-request';

/** PutObject: a whole object in one request, SSE-S3 by default or SSE-KMS as the caller. */
export const putObject: S3Operation = (ctx: RequestContext, request) => {
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
  const encryption = requestedEncryption(headers);
  const { data, trailers } = readBody(ctx, request, principal);
  verifyContentMd5(headers['content-md5'], data);
  const checksum = verifiedChecksum(headers, trailers, data);
  const metadata = objectMetadata(headers);
  checkWritePreconditions(ctx, bucket.name, key, headers);
  const info = writeObject(ctx.world, principal, {
    bucket: bucket.name,
    key,
    body: data,
    contentType: headers['content-type'],
    metadata,
    headers: storedHeaders(headers),
    kms: encryption.kms,
    checksum,
    conditionContext,
  });
  const response: Record<string, string> = {
    etag: info.etag,
    'content-length': '0',
    ...encryptionHeaders(info.encryption, headers),
  };
  if (checksum) {
    response[checksumHeader(checksum.algorithm)] = checksum.value;
    response['x-amz-checksum-type'] = 'FULL_OBJECT';
  }
  return { status: 200, headers: response };
};
