import { AwsError } from '../../core/errors';
import type { SigV4Failure } from '../../core/sigv4';
import type { Principal } from '../../core/types';

/** A failed signature check in S3's own words. */
export function signatureError(failure: SigV4Failure): AwsError {
  switch (failure.kind) {
    case 'missing':
      return new AwsError('AccessDenied', 'Access Denied', 403);
    case 'unknown-key':
      return new AwsError(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        403,
      );
    case 'invalid-token':
      return new AwsError(
        'InvalidToken',
        'The provided token is malformed or otherwise invalid.',
        400,
      );
    case 'expired-token':
      return new AwsError('ExpiredToken', 'The provided token has expired.', 400);
    case 'skew':
      return new AwsError(
        'RequestTimeTooSkewed',
        'The difference between the request time and the current time is too large.',
        403,
      );
    case 'presign-expired':
      return new AwsError('AccessDenied', 'Request has expired', 403, {
        'X-Amz-Expires': failure.detail.expiresIn ?? '',
        Expires: failure.detail.expires ?? '',
        ServerTime: failure.detail.serverTime ?? '',
      });
    case 'presign-not-yet-valid':
      return new AwsError('AccessDenied', 'Request is not yet valid', 403, {
        'X-Amz-Date': failure.detail.amzDate ?? '',
        Expires: failure.detail.expires ?? '',
        ServerTime: failure.detail.serverTime ?? '',
      });
    case 'presign-expires':
      return new AwsError('AuthorizationQueryParametersError', failure.message, 400);
    case 'body-hash-mismatch':
      return new AwsError(
        'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        400,
      );
    case 'malformed':
      return new AwsError('AuthorizationHeaderMalformed', failure.message, 400);
    case 'unsupported':
      return new AwsError('InvalidRequest', failure.message, 400);
    case 'two-mechanisms':
      return new AwsError('InvalidArgument', failure.message, 400, {
        ArgumentName: 'Authorization',
        ArgumentValue: failure.detail.authorization ?? '',
      });
    case 'host-not-signed':
      return new AwsError(
        'AccessDenied',
        'There were headers present in the request which were not signed',
        403,
        { HeadersNotSigned: 'host' },
      );
    case 'wrong-service':
    case 'wrong-region':
      return new AwsError(
        'AuthorizationHeaderMalformed',
        failure.kind === 'wrong-service'
          ? `The authorization header is malformed; incorrect service '${failure.detail.service}'. This endpoint belongs to 's3'.`
          : `The authorization header is malformed; the region '${failure.detail.region}' is wrong; expecting '${failure.detail.expected}'`,
        400,
        failure.kind === 'wrong-region' ? { Region: failure.detail.expected ?? '' } : {},
      );
    case 'bad-signature':
      return new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
        403,
      );
  }
}

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });

export const noSuchKey = (key: string) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });

// S3 quotes the resource ARN in its access-denied messages.
export const s3AccessDenied = (
  principal: Principal,
  action: string,
  resource: string,
  because: string,
) =>
  new AwsError(
    'AccessDenied',
    `User: ${principal.arn} is not authorized to perform: ${action} on resource: "${resource}" ${because}`,
    403,
  );

export const noSuchUpload = (uploadId: string) =>
  new AwsError(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    404,
    { UploadId: uploadId },
  );

export const invalidArgument = (message: string, name: string, value: string | undefined) =>
  new AwsError('InvalidArgument', message, 400, {
    ArgumentName: name,
    ...(value === undefined ? {} : { ArgumentValue: value }),
  });

export const invalidRequest = (message: string) => new AwsError('InvalidRequest', message, 400);

export const malformedXml = () =>
  new AwsError(
    'MalformedXML',
    'The XML you provided was not well-formed or did not validate against our published schema',
    400,
  );
