import { requirePrincipal } from '../../core/types';
import { bucketArn, checkS3Access } from './object-store';
import { requireBucket, type S3Operation } from './operation';

/** HeadBucket: exists and may be listed by the caller (s3:ListBucket). */
export const headBucket: S3Operation = (ctx, request) => {
  const bucket = requireBucket(ctx, request);
  checkS3Access(
    ctx.world,
    requirePrincipal(ctx),
    bucket.name,
    's3:ListBucket',
    bucketArn(bucket.name),
  );
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
