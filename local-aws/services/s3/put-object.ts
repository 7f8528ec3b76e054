import type { RequestContext } from '../../core/types';
import { checksumHeader } from './checksums';
import { writeObject } from './object-store';
import type { S3Operation } from './request';
import {
  beginObjectWrite,
  checkWritePreconditions,
  encryptionHeaders,
  objectMetadata,
  readBody,
  storedHeaders,
  verifiedChecksum,
  verifyContentMd5,
} from './write-request';

/** PutObject: a whole object in one request, SSE-S3 by default or SSE-KMS as the caller. */
export const putObject: S3Operation = (ctx: RequestContext, request) => {
  const { principal, bucket, key, headers, conditionContext, encryption, tags } = beginObjectWrite(
    ctx,
    request,
  );
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
    tags,
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
