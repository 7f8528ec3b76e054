import { findObjectFor } from './object-response';
import { setObjectTags } from './object-store';
import { parseTaggingXml } from './object-tags';
import type { S3Operation } from './request';

/** PutObjectTagging (`PUT /bucket/key?tagging`): replaces the object's whole tag set. */
export const putObjectTagging: S3Operation = (ctx, request) => {
  const { object } = findObjectFor(ctx, request, 's3:PutObjectTagging');
  const tags = parseTaggingXml(request.raw.body.toString('utf8'));
  setObjectTags(ctx.world, object.bucket, object.key, tags);
  return { status: 200, headers: { 'content-length': '0' } };
};
