import { requirePrincipal } from '../../core/types';
import { escapeXml } from '../../protocols/xml';
import { checkS3Access } from './access';
import { getBucket } from './buckets';
import { noSuchBucket } from './errors';
import { bucketArn } from './model';
import type { S3Operation } from './request';
import { xmlResponse, S3_XMLNS } from './xml';

/**
 * GetBucketLocation: answers from any Region (that is what it is for). us-east-1 is the
 * empty LocationConstraint, as AWS sends it.
 */
export const getBucketLocation: S3Operation = (ctx, request) => {
  const name = request.bucket ?? '';
  const bucket = getBucket(ctx.world, name);
  if (!bucket) throw noSuchBucket(name);
  checkS3Access(ctx.world, requirePrincipal(ctx), name, 's3:GetBucketLocation', bucketArn(name));
  const xml =
    bucket.region === 'us-east-1'
      ? `<LocationConstraint xmlns="${S3_XMLNS}"/>`
      : `<LocationConstraint xmlns="${S3_XMLNS}">${escapeXml(bucket.region)}</LocationConstraint>`;
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
};
