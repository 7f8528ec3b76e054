import { element } from '../../protocols/xml';
import { parseChecksumAlgorithm } from './checksums';
import { invalidRequest } from './errors';
import { generateDataKeyAs } from './kms-bridge';
import { type StoredUpload, objectArn } from './model';
import { createUpload, newUploadId } from './multipart';
import type { S3Operation } from './request';
import {
  beginObjectWrite,
  encryptionHeaders,
  objectMetadata,
  storedHeaders,
} from './write-request';
import { xmlResponse, document } from './xml';

const CRC_ALGORITHMS = ['CRC32', 'CRC32C', 'CRC64NVME'];

/** CreateMultipartUpload (`POST /bucket/key?uploads`): the object's settings, fixed now. */
export const createMultipartUpload: S3Operation = (ctx, request) => {
  const { principal, bucket, key, headers, encryption, tags } = beginObjectWrite(ctx, request);
  const metadata = objectMetadata(headers);
  const algorithmHeader = headers['x-amz-checksum-algorithm'];
  const checksumAlgorithm =
    algorithmHeader === undefined ? undefined : parseChecksumAlgorithm(algorithmHeader);
  if (algorithmHeader !== undefined && !checksumAlgorithm)
    throw invalidRequest('Checksum algorithm provided is unsupported.');
  const typeHeader = headers['x-amz-checksum-type']?.toUpperCase();
  if (typeHeader !== undefined && typeHeader !== 'FULL_OBJECT' && typeHeader !== 'COMPOSITE')
    throw invalidRequest('Value for x-amz-checksum-type header is invalid.');
  // CRC64NVME is full-object only; the others default to a checksum of the part checksums.
  const checksumType =
    checksumAlgorithm === undefined
      ? undefined
      : ((typeHeader as StoredUpload['checksumType']) ??
        (checksumAlgorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE'));
  if (checksumType === 'FULL_OBJECT' && !CRC_ALGORITHMS.includes(checksumAlgorithm!))
    throw invalidRequest(
      `The FULL_OBJECT checksum type cannot be used with the ${checksumAlgorithm!.toLowerCase()} checksum algorithm.`,
    );
  if (checksumType === 'COMPOSITE' && checksumAlgorithm === 'CRC64NVME')
    throw invalidRequest(
      'The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.',
    );
  let kms: StoredUpload['kms'];
  if (encryption.kms) {
    // S3 asks KMS for a data key now, so a key the caller cannot use fails here; every part
    // is encrypted with it.
    const context = {
      ...encryption.kms.encryptionContext,
      'aws:s3:arn': objectArn(bucket.name, key),
    };
    const dataKey = generateDataKeyAs(ctx.world, principal, encryption.kms.keyId, context);
    kms = {
      type: 'aws:kms',
      keyArn: dataKey.keyArn,
      encryptionContext: encryption.kms.encryptionContext,
      context,
      ciphertextBlob: dataKey.ciphertextBlob.toString('base64'),
    };
  }
  const uploadId = newUploadId();
  createUpload(ctx.world, {
    uploadId,
    bucket: bucket.name,
    key,
    initiated: ctx.world.now().toISOString(),
    contentType: headers['content-type'],
    metadata,
    headers: storedHeaders(headers),
    kms,
    checksumAlgorithm,
    checksumType,
    ...(tags ? { tags } : {}),
  });
  const response = xmlResponse(
    document(
      'InitiateMultipartUploadResult',
      element('Bucket', bucket.name) + element('Key', key) + element('UploadId', uploadId),
    ),
  );
  Object.assign(
    response.headers,
    encryptionHeaders(kms ? { type: 'aws:kms', keyArn: kms.keyArn } : { type: 'AES256' }, headers),
  );
  if (checksumAlgorithm) {
    response.headers['x-amz-checksum-algorithm'] = checksumAlgorithm;
    response.headers['x-amz-checksum-type'] = checksumType!;
  }
  return response;
};
