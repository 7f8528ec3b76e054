import type { RequestHead } from '../../core/http';
import { splitPath } from './request';

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
export function s3OperationName(request: RequestHead): string {
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
