/** What went wrong with an AWS call, in words an analyst can act on. */
export type AwsErrorKind =
  | 'access-denied'
  | 'throttled'
  | 'network'
  | 'session-expired'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'server'
  | 'unknown';

export interface DescribedAwsError {
  kind: AwsErrorKind;
  /** The service's error code (`AccessDeniedException`, …), when there is one. */
  code?: string;
  /** The service's own message, or ours when there is none. */
  message: string;
}

const byCode: Record<string, AwsErrorKind> = {
  AccessDeniedException: 'access-denied',
  AccessDenied: 'access-denied',
  ThrottlingException: 'throttled',
  ThrottledException: 'throttled',
  Throttling: 'throttled',
  LimitExceededException: 'throttled',
  TooManyRequestsException: 'throttled',
  SlowDown: 'throttled',
  ExpiredTokenException: 'session-expired',
  ExpiredToken: 'session-expired',
  UnrecognizedClientException: 'session-expired',
  InvalidClientTokenId: 'session-expired',
  NotAuthorizedException: 'session-expired',
  SignedOutError: 'session-expired',
  UserUnAuthenticatedException: 'session-expired',
  NotFoundException: 'not-found',
  NoSuchKey: 'not-found',
  NoSuchBucket: 'not-found',
  NotFound: 'not-found',
  // Amplify's name for a request that never got an answer.
  NetworkError: 'network',
  ValidationException: 'validation',
  BadRequestException: 'validation',
  ConflictException: 'conflict',
  InternalFailure: 'server',
  InternalFailureException: 'server',
  InternalServerError: 'server',
  ServiceUnavailable: 'server',
};

interface SdkErrorLike {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

export function describeAwsError(error: unknown): DescribedAwsError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const code = e.name && e.name !== 'Error' ? e.name : undefined;
  const status = e.$metadata?.httpStatusCode;
  const message = e.message || String(error);
  if (code && byCode[code]) return { kind: byCode[code], code, message };
  if (error instanceof TypeError || /Failed to fetch|NetworkError|ECONNREFUSED/i.test(message))
    return {
      kind: 'network',
      code,
      message:
        'The request did not reach AWS (network error). Check your connection and try again.',
    };
  if (status !== undefined && status >= 500) return { kind: 'server', code, message };
  return { kind: 'unknown', code, message };
}
