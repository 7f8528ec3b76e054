import { findObjectFor } from './object-response';
import { taggingDocument } from './object-tags';
import type { S3Operation } from './request';
import { xmlResponse } from './xml';

/** GetObjectTagging (`GET /bucket/key?tagging`): the object's tags, an empty set when none. */
export const getObjectTagging: S3Operation = (ctx, request) => {
  // S3 names the missing object by bucket and key here, unlike its other object calls.
  const { object } = findObjectFor(
    ctx,
    request,
    's3:GetObjectTagging',
    (bucket, key) => `${bucket}/${key}`,
  );
  return xmlResponse(taggingDocument(object.tags));
};
