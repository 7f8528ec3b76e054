import { describe, expect, it } from 'vitest';
import {
  describeTranscriptReadError,
  kmsKeyOf,
  outputEncryptionLabel,
  readOutputEncryption,
} from './output-encryption';

const sharedKey = 'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';
const s3Error = (name: string, message: string, status: number) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

describe('readOutputEncryption', () => {
  it('reads SSE-KMS with its key ARN, SSE-S3 and the rest from HeadObject', () => {
    const kms = readOutputEncryption({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: sharedKey });
    expect(kms).toEqual({ kind: 'sse-kms', keyArn: sharedKey });
    expect(outputEncryptionLabel(kms)).toBe('SSE-KMS');
    expect(kmsKeyOf(kms)).toBe(sharedKey);
    const s3 = readOutputEncryption({ ServerSideEncryption: 'AES256' });
    expect(outputEncryptionLabel(s3)).toBe('SSE-S3');
    expect(kmsKeyOf(s3)).toBeUndefined();
    expect(outputEncryptionLabel(readOutputEncryption({}))).toBe('Not encrypted');
    expect(
      outputEncryptionLabel(
        readOutputEncryption({ ServerSideEncryption: 'aws:kms:dsse', SSEKMSKeyId: sharedKey }),
      ),
    ).toBe('DSSE-KMS');
    expect(outputEncryptionLabel(readOutputEncryption({ ServerSideEncryption: 'xyz' }))).toBe(
      'xyz',
    );
  });
});

describe('describeTranscriptReadError', () => {
  const kms = { kind: 'sse-kms' as const, keyArn: sharedKey };

  it('says plainly when kms:Decrypt is missing, naming the key', () => {
    const error = s3Error(
      'AccessDenied',
      `User: arn:aws:sts::111122223333:assumed-role/TranscribeAnalyst/x is not authorized to perform: kms:Decrypt on resource: ${sharedKey} because no resource-based policy allows the kms:Decrypt action`,
      403,
    );
    const problem = describeTranscriptReadError(error, kms);
    expect(problem.kind).toBe('kms-decrypt-denied');
    expect(problem.message).toContain(`encrypted with the KMS key ${sharedKey}`);
    expect(problem.message).toContain('you lack kms:Decrypt on it');
  });

  it('tells other access denials apart, with what reading needs', () => {
    const error = s3Error('AccessDenied', 'Access Denied', 403);
    const problem = describeTranscriptReadError(error, kms);
    expect(problem.kind).toBe('access-denied');
    expect(problem.message).toContain('s3:GetObject');
    expect(problem.message).toContain(sharedKey);
    expect(describeTranscriptReadError(error, { kind: 'sse-s3' }).message).not.toContain(
      'kms:Decrypt',
    );
  });

  it('names a KMS key that cannot decrypt (disabled, pending deletion)', () => {
    const problem = describeTranscriptReadError(
      s3Error('KMS.DisabledException', 'key is disabled', 400),
      kms,
    );
    expect(problem.kind).toBe('kms-key-unusable');
    expect(problem.message).toContain('DisabledException');
  });

  it('recognises an expired presigned link', () => {
    expect(
      describeTranscriptReadError(s3Error('AccessDenied', 'Request has expired', 403)).kind,
    ).toBe('link-expired');
  });

  it('recognises a transcript that is gone, and passes anything else on', () => {
    expect(describeTranscriptReadError(s3Error('NoSuchKey', 'gone', 404)).kind).toBe('not-found');
    expect(describeTranscriptReadError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'other',
      message: expect.stringMatching(/network error/),
    });
  });
});
