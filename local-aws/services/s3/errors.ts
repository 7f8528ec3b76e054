import { AwsError } from '../../core/errors';
import type { SigV4Failure } from '../../core/sigv4';

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
      return new AwsError('AccessDenied', 'Request has expired', 403);
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
    case 'bad-signature':
      return new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
        403,
      );
  }
}
