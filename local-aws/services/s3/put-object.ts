import type { RequestContext } from '../../core/types';
import { checksumHeader } from './checksums';
import { beginObjectStream } from './object-store';
import { checksumPlan, receiveBody } from './receive-body';
import type { S3Operation } from './request';
import {
  beginObjectWrite,
  checkWritePreconditions,
  encryptionHeaders,
  objectMetadata,
  storedHeaders,
} from './write-request';

/**
 * PutObject: a whole object in one request, SSE-S3 by default or SSE-KMS as the caller. The
 * body streams to the store as it arrives; the object exists once all of it is checked.
 */
export const putObject: S3Operation = async (ctx: RequestContext, request) => {
  const { principal, bucket, key, headers, conditionContext, encryption, tags } = beginObjectWrite(
    ctx,
    request,
  );
  const metadata = objectMetadata(headers);
  // Refused before a byte is read when it can be; checked again when the body has ended.
  const plan = checksumPlan(headers);
  checkWritePreconditions(ctx, bucket.name, key, headers);
  const write = beginObjectStream(ctx.world, principal, {
    bucket: bucket.name,
    key,
    contentType: headers['content-type'],
    metadata,
    headers: storedHeaders(headers),
    kms: encryption.kms,
    conditionContext,
    tags,
  });
  let info;
  let checksum;
  try {
    // S3 keeps a CRC-64/NVME of every object the client sends no checksum for.
    const received = await receiveBody(
      ctx,
      request,
      principal,
      (data) => write.write(data),
      plan ? [] : ['CRC64NVME'],
    );
    checksum = received.checksum;
    info = await write.commit({
      size: received.size,
      md5: received.md5,
      checksum: checksum ?? { algorithm: 'CRC64NVME', value: received.sums.CRC64NVME! },
      check: () => checkWritePreconditions(ctx, bucket.name, key, headers),
    });
  } catch (error) {
    await write.abort();
    throw error;
  }
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
