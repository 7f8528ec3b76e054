import { requirePrincipal } from '../../core/types';
import { checkS3Access, requireBucket } from './access';
import { objectArn } from './model';
import { deleteObjectRecord } from './object-store';
import type { S3Operation } from './request';

/**
 * DeleteObject (`DELETE /bucket/key`), in a bucket without versioning: the object is gone.
 * S3 answers 204 whether or not there was one, so a caller cannot tell.
 */
export const deleteObject: S3Operation = (ctx, request) => {
  const principal = requirePrincipal(ctx);
  const bucket = requireBucket(ctx, request);
  const key = request.key ?? '';
  checkS3Access(ctx.world, principal, bucket.name, 's3:DeleteObject', objectArn(bucket.name, key));
  deleteObjectRecord(ctx.world, bucket.name, key);
  return { status: 204, headers: {} };
};
