import { AwsError } from '../core/errors';
import type { SigV4Failure } from '../core/sigv4';

const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/**
 * A failed signature check as the JSON 1.1 and query protocols answer it. The query services
 * (STS) send 403s and their own codes where the JSON services send `…Exception`s.
 */
export function signatureError(failure: SigV4Failure, protocol: 'json' | 'query'): AwsError {
  const query = protocol === 'query';
  switch (failure.kind) {
    case 'missing':
      return new AwsError(
        'MissingAuthenticationTokenException',
        'Request is missing Authentication Token',
        query ? 403 : 400,
      );
    case 'unknown-key':
    case 'invalid-token':
      return query
        ? new AwsError(
            'InvalidClientTokenId',
            'The security token included in the request is invalid.',
            403,
          )
        : new AwsError(
            'UnrecognizedClientException',
            'The security token included in the request is invalid.',
            400,
          );
    case 'expired-token':
      return new AwsError(
        query ? 'ExpiredToken' : 'ExpiredTokenException',
        'The security token included in the request is expired',
        400,
      );
    case 'skew':
      return new AwsError(
        query ? 'SignatureDoesNotMatch' : 'InvalidSignatureException',
        failure.message,
        query ? 403 : 400,
      );
    case 'malformed':
    case 'unsupported':
    case 'two-mechanisms':
    case 'host-not-signed':
    case 'presign-expires':
      return new AwsError(
        query ? 'IncompleteSignature' : 'IncompleteSignatureException',
        failure.message,
        400,
      );
    case 'wrong-region':
      // JSON services do not name the region they got; the query services do.
      return new AwsError(
        query ? 'SignatureDoesNotMatch' : 'InvalidSignatureException',
        query ? failure.message : 'Credential should be scoped to a valid region. ',
        query ? 403 : 400,
      );
    case 'wrong-service':
      return new AwsError(
        query ? 'SignatureDoesNotMatch' : 'InvalidSignatureException',
        failure.message,
        query ? 403 : 400,
      );
    case 'presign-not-yet-valid':
      return new AwsError(
        query ? 'SignatureDoesNotMatch' : 'InvalidSignatureException',
        'Signature not yet current',
        query ? 403 : 400,
      );
    case 'presign-expired':
    case 'body-hash-mismatch':
    case 'bad-signature':
      return new AwsError(
        query ? 'SignatureDoesNotMatch' : 'InvalidSignatureException',
        MISMATCH,
        query ? 403 : 400,
      );
  }
}
