import { createHash } from 'node:crypto';
import { requirePrincipal } from '../../core/types';
import { checkS3Access, requireBucket } from './access';
import { checksumHeader, checksumOf } from './checksums';
import { invalidArgument, invalidRequest } from './errors';
import { checkKeyUseAs } from './kms-bridge';
import { objectArn } from './model';
import { putPart, requireUpload } from './multipart';
import type { S3Operation } from './request';
import { encryptionHeaders, readBody, verifiedChecksum, verifyContentMd5 } from './write-request';

/** UploadPart (`PUT /bucket/key?partNumber=N&uploadId=…`); a part sent again replaces it. */
export const uploadPart: S3Operation = (ctx, request) => {
  const principal = requirePrincipal(ctx);
  const bucket = requireBucket(ctx, request);
  const key = request.key ?? '';
  const partText = request.query.partNumber ?? '';
  const partNumber = Number(partText);
  if (!/^\d+$/.test(partText) || partNumber < 1 || partNumber > 10000)
    throw invalidArgument(
      'Part number must be an integer between 1 and 10000, inclusive',
      'partNumber',
      partText,
    );
  checkS3Access(ctx.world, principal, bucket.name, 's3:PutObject', objectArn(bucket.name, key));
  const uploadId = request.query.uploadId ?? '';
  const upload = requireUpload(ctx.world, bucket.name, key, uploadId);
  // S3 decrypts the upload's data key for every part: SSE-KMS multipart needs kms:Decrypt.
  if (upload.kms) checkKeyUseAs(ctx.world, principal, upload.kms.keyArn, 'kms:Decrypt');
  const headers = request.headers;
  const { data, trailers } = readBody(ctx, request, principal);
  verifyContentMd5(headers['content-md5'], data);
  let checksum = verifiedChecksum(headers, trailers, data);
  if (upload.checksumAlgorithm) {
    if (checksum && checksum.algorithm !== upload.checksumAlgorithm)
      throw invalidRequest(
        `Checksum Type mismatch occurred, expected checksum Type: ${upload.checksumAlgorithm.toLowerCase()}, actual checksum Type: ${checksum.algorithm.toLowerCase()}`,
      );
    checksum ??= {
      algorithm: upload.checksumAlgorithm,
      value: checksumOf(upload.checksumAlgorithm, data),
    };
  }
  const etag = `"${createHash('md5').update(data).digest('hex')}"`;
  putPart(ctx.world, uploadId, {
    partNumber,
    etag,
    size: data.length,
    body: data.toString('base64'),
    checksum,
  });
  const response: Record<string, string> = {
    etag,
    'content-length': '0',
    ...encryptionHeaders(
      upload.kms ? { type: 'aws:kms', keyArn: upload.kms.keyArn } : { type: 'AES256' },
      {},
    ),
  };
  if (checksum) response[checksumHeader(checksum.algorithm)] = checksum.value;
  return { status: 200, headers: response };
};
