import { DEFAULT_BODY_LIMIT } from '../../core/body';
import { AwsError } from '../../core/errors';

/**
 * Object data (PutObject, UploadPart) streams to the store as it arrives, up to S3's 5 GiB
 * (receive-body.ts answers EntityTooLarge); every other S3 body is an XML document.
 */
const STREAMED = new Set(['PutObject', 'UploadPart']);

/** How much body each S3 operation takes: object data streamed, or an XML document. */
export const s3BodyLimit = (operation: string | undefined): number | 'stream' =>
  operation !== undefined && STREAMED.has(operation) ? 'stream' : DEFAULT_BODY_LIMIT;

/** S3's answer to an XML body over its limit. */
export const s3BodyTooLarge = () =>
  new AwsError('MaxMessageLengthExceeded', 'Your request was too big.', 400);

export const invalidUri = () =>
  new AwsError('InvalidURI', "Couldn't parse the specified URI.", 400);
