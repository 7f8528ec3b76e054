import { describe, expect, it } from 'vitest';
import { describeAwsError } from './errors';

const sdkError = (name: string, message: string, status = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

describe('describeAwsError', () => {
  it('classifies service error codes', () => {
    expect(
      describeAwsError(sdkError('AccessDeniedException', 'User: x is not authorized')),
    ).toEqual({
      kind: 'access-denied',
      code: 'AccessDeniedException',
      message: 'User: x is not authorized',
    });
    expect(describeAwsError(sdkError('LimitExceededException', 'slow down')).kind).toBe(
      'throttled',
    );
    expect(describeAwsError(sdkError('ExpiredTokenException', 'expired')).kind).toBe(
      'session-expired',
    );
    expect(describeAwsError(sdkError('ConflictException', 'taken')).kind).toBe('conflict');
  });

  it('treats a failed fetch as a network error', () => {
    expect(describeAwsError(new TypeError('Failed to fetch')).kind).toBe('network');
  });

  it('treats an unknown 5xx as a server error', () => {
    expect(describeAwsError(sdkError('Weird', 'boom', 503)).kind).toBe('server');
  });
});
