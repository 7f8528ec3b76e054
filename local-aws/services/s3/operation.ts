import { AwsError } from '../../core/errors';
import type { RequestContext } from '../../core/types';
import type { HttpResponse } from '../../core/http';
import { getBucket, noSuchBucket, type StoredBucket } from './object-store';
import type { S3Request } from './request';

/** One S3 operation: a parsed path-style request in, an HTTP response out. */
export type S3Operation = (
  ctx: RequestContext,
  request: S3Request,
) => HttpResponse | Promise<HttpResponse>;

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

/** The key of an object request (the router sends only requests with one). */
export const requireKey = (request: S3Request): string => request.key ?? '';

export const xmlResponse = (body: string, status = 200): HttpResponse => ({
  status,
  headers: {
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(body)),
  },
  body,
});
