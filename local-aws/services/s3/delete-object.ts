import { requirePrincipal } from '../../core/types';
import { requireBucket } from './access';
import { deleteObject as removeObject } from './object-store';
import type { S3Operation } from './request';

/**
 * DeleteObject (`DELETE /bucket/key`), in a bucket without versioning: the object is gone.
 * S3 answers 204 whether or not there was one, so a caller cannot tell.
 */
export const deleteObject: S3Operation = (ctx, request) => {
  const principal = requirePrincipal(ctx);
  const bucket = requireBucket(ctx, request);
  removeObject(ctx.world, principal, bucket.name, request.key ?? '');
  return { status: 204, headers: {} };
};
