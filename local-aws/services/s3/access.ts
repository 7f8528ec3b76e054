import { AwsError } from '../../core/errors';
import { evaluateIdentity } from '../../core/iam';
import {
  type RequestContext,
  requirePrincipal,
  type Principal,
  type World,
} from '../../core/types';
import { getBucket, bucketOwner } from './buckets';
import { noSuchBucket, s3AccessDenied } from './errors';
import { bucketArn, type StoredBucket } from './model';
import type { S3Request } from './request';

/**
 * Checks one S3 action for a caller: the bucket must belong to the caller's account (no
 * bucket policies exist here, so another account's bucket is never granted), and an
 * identity policy must allow the action on the resource.
 */
export function checkS3Access(
  world: World,
  principal: Principal,
  bucket: string,
  action: string,
  resource: string,
  conditionContext: Record<string, string | undefined> = {},
): void {
  const owner = bucketOwner(world, bucket);
  if (owner !== undefined && owner !== principal.accountId)
    throw s3AccessDenied(
      principal,
      action,
      resource,
      `because no resource-based policy allows the ${action} action`,
    );
  checkS3Identity(principal, action, resource, conditionContext);
}

/** The caller's identity policies alone, for one S3 action on one resource. */
export function checkS3Identity(
  principal: Principal,
  action: string,
  resource: string,
  conditionContext: Record<string, string | undefined> = {},
): void {
  const decision = evaluateIdentity(principal.policies, {
    action,
    resource,
    context: { 'aws:PrincipalAccount': principal.accountId, ...conditionContext },
  });
  if (decision === 'deny')
    throw s3AccessDenied(
      principal,
      action,
      resource,
      'with an explicit deny in an identity-based policy',
    );
  if (decision !== 'allow')
    throw s3AccessDenied(
      principal,
      action,
      resource,
      `because no identity-based policy allows the ${action} action`,
    );
}

/**
 * The request's bucket, which must exist and be signed for its Region (S3 names the right
 * one, so clients can retry there).
 */
export function requireBucket(ctx: RequestContext, request: S3Request): StoredBucket {
  const name = request.bucket ?? '';
  const bucket = getBucket(ctx.world, name);
  if (!bucket) throw noSuchBucket(name);
  const expectedOwner = request.headers['x-amz-expected-bucket-owner'];
  if (expectedOwner !== undefined && expectedOwner !== bucket.accountId)
    throw new AwsError('AccessDenied', 'Access Denied', 403);
  const region = request.signingRegion ?? ctx.region;
  if (region !== bucket.region) {
    const message = `The authorization ${request.presigned ? 'query parameters are' : 'header is'} malformed; the region '${region}' is wrong; expecting '${bucket.region}'`;
    throw new AwsError(
      request.presigned ? 'AuthorizationQueryParametersError' : 'AuthorizationHeaderMalformed',
      message,
      400,
      { Region: bucket.region },
    );
  }
  return bucket;
}

/**
 * s3:ListBucket on the bucket, which listing and HeadBucket need, with the listing's
 * condition keys when it has a query.
 */
export function authorizeListBucket(
  ctx: RequestContext,
  bucket: string,
  q?: Record<string, string | undefined>,
): void {
  checkS3Access(
    ctx.world,
    requirePrincipal(ctx),
    bucket,
    's3:ListBucket',
    bucketArn(bucket),
    q && {
      's3:prefix': q.prefix ?? '',
      's3:delimiter': q.delimiter || undefined,
      's3:max-keys': q['max-keys'],
    },
  );
}
