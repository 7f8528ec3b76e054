import type { S3Handler } from '..';
import { AwsError } from '../../core/errors';
import type { RawRequest } from '../../core/sigv4';
import { abortMultipartUpload } from './abort-multipart-upload';
import { completeMultipartUpload } from './complete-multipart-upload';
import { createMultipartUpload } from './create-multipart-upload';
import { getBucketLocation } from './get-bucket-location';
import { getObject } from './get-object';
import { headBucket } from './head-bucket';
import { headObject } from './head-object';
import { listBuckets } from './list-buckets';
import { listObjects } from './list-objects';
import { listObjectsV2 } from './list-objects-v2';
import type { S3Operation } from './operation';
import { putObject } from './put-object';
import { uploadPart } from './upload-part';
import { parseS3Request, splitPath } from './request';

/** Bucket and object subresources (`?acl`, `?tagging`, …) S3 routes to other operations. */
const subresources: Record<string, string> = {
  acl: 'Acl',
  policy: 'Policy',
  tagging: 'Tagging',
  versioning: 'Versioning',
  versions: 'Versions',
  cors: 'Cors',
  lifecycle: 'LifecycleConfiguration',
  encryption: 'Encryption',
  website: 'Website',
  logging: 'Logging',
  notification: 'NotificationConfiguration',
  replication: 'Replication',
  'object-lock': 'ObjectLockConfiguration',
  uploads: 'Uploads',
  attributes: 'Attributes',
  retention: 'Retention',
  'legal-hold': 'LegalHold',
  'public-access-block': 'PublicAccessBlock',
  ownershipControls: 'OwnershipControls',
  accelerate: 'AccelerateConfiguration',
  requestPayment: 'RequestPayment',
};

const verbs: Record<string, string> = {
  GET: 'Get',
  HEAD: 'Head',
  PUT: 'Put',
  DELETE: 'Delete',
  POST: 'Post',
};

function queryNames(rawQuery: string): Set<string> {
  return new Set(
    rawQuery
      .split('&')
      .filter(Boolean)
      .map((part) => part.split('=')[0] ?? ''),
  );
}

/** The S3 operation a path-style request is for, by method, path and subresource. */
export function s3OperationName(request: RawRequest): string {
  const method = request.method.toUpperCase();
  const { bucket, rawKey } = splitPath(request.rawPath);
  const query = queryNames(request.rawQuery);
  const sub = Object.keys(subresources).find((name) => query.has(name));
  const verb = verbs[method] ?? method;
  if (bucket === undefined) return method === 'GET' ? 'ListBuckets' : `${verb}Service`;
  if (rawKey === undefined) {
    if (method === 'GET' && query.has('location')) return 'GetBucketLocation';
    if (method === 'POST' && query.has('delete')) return 'DeleteObjects';
    if (sub === 'uploads' && method === 'GET') return 'ListMultipartUploads';
    if (sub === 'versions' && method === 'GET') return 'ListObjectVersions';
    if (sub) return `${verb}Bucket${subresources[sub]}`;
    if (method === 'GET')
      return /(^|&)list-type=2(&|$)/.test(request.rawQuery) ? 'ListObjectsV2' : 'ListObjects';
    if (method === 'PUT') return 'CreateBucket';
    return `${verb}Bucket`;
  }
  if (query.has('uploadId')) {
    if (method === 'PUT') return 'UploadPart';
    if (method === 'POST') return 'CompleteMultipartUpload';
    if (method === 'DELETE') return 'AbortMultipartUpload';
    return 'ListParts';
  }
  if (sub === 'uploads' && method === 'POST') return 'CreateMultipartUpload';
  if (sub) return `${verb}Object${subresources[sub]}`;
  if (method === 'PUT' && request.headers['x-amz-copy-source']) return 'CopyObject';
  return `${verb}Object`;
}

const operations: Record<string, S3Operation> = {
  ListBuckets: listBuckets,
  ListObjects: listObjects,
  ListObjectsV2: listObjectsV2,
  HeadBucket: headBucket,
  GetBucketLocation: getBucketLocation,
  HeadObject: headObject,
  GetObject: getObject,
  PutObject: putObject,
  CreateMultipartUpload: createMultipartUpload,
  UploadPart: uploadPart,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: abortMultipartUpload,
};

export const s3Handler: S3Handler = {
  operationName: s3OperationName,
  handle: async (ctx, raw) => {
    const operation = operations[ctx.operation];
    if (!operation)
      throw new AwsError(
        'NotImplemented',
        `local-aws does not implement S3 operation ${ctx.operation}.`,
        501,
      );
    return operation(ctx, parseS3Request(raw));
  },
};
