import { authorizeListBucket, requireBucket } from './access';
import type { S3Operation } from './request';

/** HeadBucket: exists and may be listed by the caller (s3:ListBucket). */
export const headBucket: S3Operation = (ctx, request) => {
  const bucket = requireBucket(ctx, request);
  authorizeListBucket(ctx, bucket.name);
  return {
    status: 200,
    headers: {
      'x-amz-bucket-region': bucket.region,
      'x-amz-access-point-alias': 'false',
      'content-type': 'application/xml',
      'content-length': '0',
    },
  };
};
