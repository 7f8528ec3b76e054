import { restXmlOperations, type RestXmlService } from '../../core/service';
import { abortMultipartUpload } from './abort-multipart-upload';
import { invalidUri, s3BodyLimit, s3BodyTooLarge } from './body-limits';
import { completeMultipartUpload } from './complete-multipart-upload';
import { createMultipartUpload } from './create-multipart-upload';
import { deleteObject } from './delete-object';
import { deleteObjectTagging } from './delete-object-tagging';
import { signatureError } from './errors';
import { getBucketLocation } from './get-bucket-location';
import { getObject } from './get-object';
import { getObjectTagging } from './get-object-tagging';
import { headBucket } from './head-bucket';
import { headObject } from './head-object';
import { listBuckets } from './list-buckets';
import { listObjects } from './list-objects';
import { listObjectsV2 } from './list-objects-v2';
import { s3OperationName } from './operation-name';
import { putObject } from './put-object';
import { putObjectTagging } from './put-object-tagging';
import { parseS3Request } from './request';
import { uploadPart } from './upload-part';

/** S3: REST-XML, path style (`/bucket/key`); the operation follows from method, path and query. */
export const s3Service: RestXmlService = {
  id: 's3',
  name: 'S3',
  protocol: 'rest-xml',
  operationOf: s3OperationName,
  signed: 'all',
  signatureError,
  bodyLimit: s3BodyLimit,
  bodyTooLarge: s3BodyTooLarge,
  malformedUri: invalidUri,
  accessDenied: { code: 'AccessDenied', status: 403 },
  throttling: { code: 'SlowDown', status: 503, message: 'Please reduce your request rate.' },
  operations: restXmlOperations(parseS3Request, {
    ListBuckets: listBuckets,
    ListObjects: listObjects,
    ListObjectsV2: listObjectsV2,
    HeadBucket: headBucket,
    GetBucketLocation: getBucketLocation,
    HeadObject: headObject,
    GetObject: getObject,
    PutObject: putObject,
    DeleteObject: deleteObject,
    GetObjectTagging: getObjectTagging,
    PutObjectTagging: putObjectTagging,
    DeleteObjectTagging: deleteObjectTagging,
    CreateMultipartUpload: createMultipartUpload,
    UploadPart: uploadPart,
    CompleteMultipartUpload: completeMultipartUpload,
    AbortMultipartUpload: abortMultipartUpload,
  }),
};
