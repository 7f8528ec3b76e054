import type { KeyMetadata } from '@aws-sdk/client-kms';
import { describeAwsError } from '@/lib/aws/errors';

/**
 * Why a key from DescribeKey cannot encrypt Transcribe output, in plain words, or nothing when
 * it can.
 */
export function keyMetadataProblem(key: KeyMetadata): string | undefined {
  if (key.KeyState === 'PendingDeletion' || key.KeyState === 'PendingReplicaDeletion') {
    const when = key.DeletionDate ? ` on ${key.DeletionDate.toISOString().slice(0, 10)}` : '';
    return `This key is pending deletion${when} and cannot encrypt. Choose another key.`;
  }
  if (key.KeyState === 'Disabled' || key.Enabled === false)
    return 'This key is disabled. Enable it in AWS KMS, or choose another key.';
  if (key.KeySpec && key.KeySpec !== 'SYMMETRIC_DEFAULT')
    return `This key is asymmetric (${key.KeySpec}). Transcribe needs a symmetric encryption key.`;
  if (key.KeyUsage && key.KeyUsage !== 'ENCRYPT_DECRYPT')
    return `This key's usage is ${key.KeyUsage}, not ENCRYPT_DECRYPT: it cannot encrypt. Choose a key for encryption.`;
  if (key.KeyState && key.KeyState !== 'Enabled')
    return `This key is in state ${key.KeyState} and cannot encrypt right now.`;
  return undefined;
}

export type AccessCheckResult =
  | { status: 'allowed'; message: string }
  | { status: 'refused'; reason: AccessRefusal; message: string }
  | { status: 'unknown'; message: string };

export type AccessRefusal =
  'access-denied' | 'not-found' | 'disabled' | 'invalid-state' | 'key-usage';

/**
 * What an Encrypt call with DryRun=true said about using the key. Success comes back as the
 * DryRunOperationException error; any other answer says why the key cannot be used.
 */
export function describeAccessCheck(outcome: { error: unknown } | { ok: true }): AccessCheckResult {
  if ('ok' in outcome) return { status: 'allowed', message: 'You can use this key.' };
  const error = outcome.error;
  const described = describeAwsError(error);
  switch (described.code) {
    case 'DryRunOperationException':
      return { status: 'allowed', message: 'You can use this key.' };
    case 'AccessDeniedException':
      return {
        status: 'refused',
        reason: 'access-denied',
        message: `You can't use this key: you don't have kms:Encrypt permission on it. Ask the key's owner to allow kms:Encrypt for your role in the key policy. (${described.message})`,
      };
    case 'NotFoundException':
      return {
        status: 'refused',
        reason: 'not-found',
        message: `KMS found no such key or alias. Check the ARN. (${described.message})`,
      };
    case 'DisabledException':
      return {
        status: 'refused',
        reason: 'disabled',
        message: `The key is disabled and cannot encrypt. (${described.message})`,
      };
    case 'KMSInvalidStateException':
      return {
        status: 'refused',
        reason: 'invalid-state',
        message: `The key's state does not allow encryption, for example it is pending deletion. (${described.message})`,
      };
    case 'InvalidKeyUsageException':
      return {
        status: 'refused',
        reason: 'key-usage',
        message: `The key cannot encrypt: its key usage is not ENCRYPT_DECRYPT, or it is asymmetric. (${described.message})`,
      };
    default:
      return {
        status: 'unknown',
        message: `The access check did not complete: ${described.message}. Choose "Check access" to try again.`,
      };
  }
}
