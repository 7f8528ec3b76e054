import { findObjectFor } from './object-response';
import { setObjectTags } from './object-store';
import type { S3Operation } from './request';

/** DeleteObjectTagging (`DELETE /bucket/key?tagging`): the object keeps no tags. */
export const deleteObjectTagging: S3Operation = (ctx, request) => {
  const { object } = findObjectFor(ctx, request, 's3:DeleteObjectTagging');
  setObjectTags(ctx.world, object.bucket, object.key, []);
  return { status: 204, headers: {} };
};
