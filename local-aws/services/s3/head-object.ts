import {
  checkPreconditions,
  findReadableObject,
  notModified,
  objectHeaders,
} from './object-response';
import type { S3Operation } from './request';

/** HeadObject: the object's description; no KMS call (HEAD needs no kms:Decrypt). */
export const headObject: S3Operation = (ctx, request) => {
  const { object } = findReadableObject(ctx, request);
  if (checkPreconditions(request.headers, object) === 304) return notModified(object);
  return {
    status: 200,
    headers: {
      ...objectHeaders(object, request.headers['x-amz-checksum-mode'] === 'ENABLED'),
      'content-length': String(object.size),
    },
  };
};
