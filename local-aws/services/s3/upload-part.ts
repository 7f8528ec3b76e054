import { requirePrincipal } from '../../core/types';
import { checkS3Access, requireBucket } from './access';
import { type ChecksumAlgorithm, checksumHeader } from './checksums';
import { invalidArgument, invalidRequest } from './errors';
import { checkKeyUseAs, decryptDataKeyAs } from './kms-bridge';
import { objectArn } from './model';
import { putPart, requireUpload } from './multipart';
import { segmentWriter } from './object-bodies';
import { checksumPlan, receiveBody } from './receive-body';
import type { S3Operation } from './request';
import { encryptionHeaders } from './write-request';

/**
 * UploadPart (`PUT /bucket/key?partNumber=N&uploadId=…`); a part sent again replaces it. The
 * part streams to the store, encrypted as it arrives for an SSE-KMS upload.
 */
export const uploadPart: S3Operation = async (ctx, request) => {
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
  const headers = request.headers;
  const plan = checksumPlan(headers);
  if (upload.checksumAlgorithm && plan && plan.algorithm !== upload.checksumAlgorithm)
    throw invalidRequest(
      `Checksum Type mismatch occurred, expected checksum Type: ${upload.checksumAlgorithm.toLowerCase()}, actual checksum Type: ${plan.algorithm.toLowerCase()}`,
    );
  // S3 decrypts the upload's data key for every part: SSE-KMS multipart needs kms:Decrypt.
  let dataKey: Buffer | undefined;
  if (upload.kms) {
    checkKeyUseAs(ctx.world, principal, upload.kms.keyArn, 'kms:Decrypt');
    dataKey = decryptDataKeyAs(
      ctx.world,
      principal,
      Buffer.from(upload.kms.ciphertextBlob, 'base64'),
      upload.kms.context,
    );
  }
  // The upload's checksum for every part, and CRC-64/NVME for the object's default one.
  const compute: ChecksumAlgorithm[] = ['CRC64NVME'];
  if (upload.checksumAlgorithm) compute.push(upload.checksumAlgorithm);
  const writer = segmentWriter(ctx.world.store, dataKey);
  let received;
  let segment;
  try {
    received = await receiveBody(ctx, request, principal, (data) => writer.write(data), compute);
    ({ segment } = await writer.finish());
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const checksum =
    received.checksum ??
    (upload.checksumAlgorithm && {
      algorithm: upload.checksumAlgorithm,
      value: received.sums[upload.checksumAlgorithm]!,
    });
  const etag = `"${received.md5}"`;
  putPart(ctx.world, uploadId, {
    partNumber,
    etag,
    size: received.size,
    segment,
    checksum: checksum || undefined,
    crc64: received.sums.CRC64NVME,
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
