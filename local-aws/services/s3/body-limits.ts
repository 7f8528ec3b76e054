import { DEFAULT_BODY_LIMIT } from '../../core/body';
import { AwsError } from '../../core/errors';

/**
 * Object data (PutObject, UploadPart) is read whole for now, up to this much; S3 takes up to
 * 5 GiB in one request, which needs the operation to stream its body (`bodyLimit` 'stream').
 */
export const MAX_BUFFERED_OBJECT_BYTES = 64 * 1024 * 1024;

const carriesObjectData = (operation: string | undefined) =>
  operation === 'PutObject' || operation === 'UploadPart';

/** How much body each S3 operation takes: object data, or an XML document. */
export const s3BodyLimit = (operation: string | undefined): number =>
  carriesObjectData(operation) ? MAX_BUFFERED_OBJECT_BYTES : DEFAULT_BODY_LIMIT;

/** S3's answer to a body over its limit: object data is EntityTooLarge, anything else too big. */
export const s3BodyTooLarge = (operation: string, limit: number) =>
  carriesObjectData(operation)
    ? new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, {
        MaxSizeAllowed: String(limit),
      })
    : new AwsError('MaxMessageLengthExceeded', 'Your request was too big.', 400);

export const invalidUri = () =>
  new AwsError('InvalidURI', "Couldn't parse the specified URI.", 400);
