import { describeAwsError } from '@/lib/aws/errors';

/** How the transcript object is encrypted at rest, from HeadObject's SSE headers. */
export type OutputEncryption =
  | { kind: 'sse-kms'; keyArn: string | undefined }
  | { kind: 'dsse-kms'; keyArn: string | undefined }
  | { kind: 'sse-s3' }
  | { kind: 'none' }
  | { kind: 'other'; algorithm: string };

export function readOutputEncryption(head: {
  ServerSideEncryption?: string;
  SSEKMSKeyId?: string;
}): OutputEncryption {
  switch (head.ServerSideEncryption) {
    case 'aws:kms':
      return { kind: 'sse-kms', keyArn: head.SSEKMSKeyId };
    case 'aws:kms:dsse':
      return { kind: 'dsse-kms', keyArn: head.SSEKMSKeyId };
    case 'AES256':
      return { kind: 'sse-s3' };
    case undefined:
    case '':
      return { kind: 'none' };
    default:
      return { kind: 'other', algorithm: head.ServerSideEncryption };
  }
}

export function outputEncryptionLabel(encryption: OutputEncryption): string {
  switch (encryption.kind) {
    case 'sse-kms':
      return 'SSE-KMS';
    case 'dsse-kms':
      return 'DSSE-KMS';
    case 'sse-s3':
      return 'SSE-S3';
    case 'none':
      return 'Not encrypted';
    case 'other':
      return encryption.algorithm;
  }
}

/** The KMS key that protects the object, when one does. */
export const kmsKeyOf = (encryption: OutputEncryption | undefined): string | undefined =>
  encryption?.kind === 'sse-kms' || encryption?.kind === 'dsse-kms' ? encryption.keyArn : undefined;

export type TranscriptReadProblemKind =
  | 'kms-decrypt-denied'
  | 'kms-key-unusable'
  | 'access-denied'
  | 'not-found'
  | 'link-expired'
  | 'other';

export interface TranscriptReadProblem {
  kind: TranscriptReadProblemKind;
  /** What happened and what to do, in words for the analyst. */
  message: string;
}

interface ErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/**
 * Why the transcript could not be read. The case that matters most: the object is SSE-KMS and
 * the caller may read the object (s3:GetObject) but lacks kms:Decrypt on its key (e.g. a key
 * shared from another account for Encrypt only). S3 reports that as AccessDenied with KMS's
 * message naming kms:Decrypt.
 */
export function describeTranscriptReadError(
  error: unknown,
  encryption?: OutputEncryption,
): TranscriptReadProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const described = describeAwsError(error);
  const keyArn = kmsKeyOf(encryption);
  const keyText = keyArn ? `the KMS key ${keyArn}` : 'a KMS key';
  const code = e.name ?? '';

  if (/request has expired/i.test(e.message ?? ''))
    return {
      kind: 'link-expired',
      message: 'The link to the transcript has expired. Refresh the job for a new one.',
    };
  if (described.kind === 'access-denied' || code === 'Forbidden') {
    if (/kms:Decrypt/i.test(e.message ?? ''))
      return {
        kind: 'kms-decrypt-denied',
        message: `The transcript is encrypted with ${keyText}, and you lack kms:Decrypt on it, so it cannot be read or downloaded here. Ask the key's owner for kms:Decrypt, or read it with a role that has it.`,
      };
    return {
      kind: 'access-denied',
      message: keyArn
        ? `Access denied: ${described.message} Reading the transcript needs s3:GetObject on the object and kms:Decrypt on ${keyText}.`
        : `Access denied: ${described.message} Reading the transcript needs s3:GetObject on the object.`,
    };
  }
  if (code.startsWith('KMS.'))
    return {
      kind: 'kms-key-unusable',
      message: `The transcript is encrypted with ${keyText}, which cannot decrypt it now (${code.slice(4)}): ${described.message}`,
    };
  if (code === 'NoSuchKey' || code === 'NotFound' || e.$metadata?.httpStatusCode === 404)
    return {
      kind: 'not-found',
      message: 'The transcript file is no longer at its output location (it was moved or deleted).',
    };
  return { kind: 'other', message: described.message };
}
