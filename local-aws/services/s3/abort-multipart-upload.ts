import { requirePrincipal } from '../../core/types';
import { checkS3Access, requireBucket } from './access';
import { objectArn } from './model';
import { deleteUpload, requireUpload } from './multipart';
import type { S3Operation } from './request';

/** AbortMultipartUpload (`DELETE /bucket/key?uploadId=…`): the parts are discarded. */
export const abortMultipartUpload: S3Operation = (ctx, request) => {
  const principal = requirePrincipal(ctx);
  const bucket = requireBucket(ctx, request);
  const key = request.key ?? '';
  checkS3Access(
    ctx.world,
    principal,
    bucket.name,
    's3:AbortMultipartUpload',
    objectArn(bucket.name, key),
  );
  const uploadId = request.query.uploadId ?? '';
  requireUpload(ctx.world, bucket.name, key, uploadId);
  deleteUpload(ctx.world, uploadId);
  return { status: 204, headers: {} };
};
