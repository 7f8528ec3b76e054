import type { KeyMetadata } from '@aws-sdk/client-kms';
import { formatDateTime } from '@/lib/format-date-time';

/**
 * Why a key from DescribeKey cannot encrypt Transcribe output, in plain words, or nothing when
 * it can.
 */
export function keyMetadataProblem(
  key: KeyMetadata,
  /** For tests: the time zone dates are shown in. */
  timeZone?: string,
): string | undefined {
  if (key.KeyState === 'PendingDeletion' || key.KeyState === 'PendingReplicaDeletion') {
    const when = key.DeletionDate
      ? ` (deletion on ${formatDateTime(key.DeletionDate, { timeZone })})`
      : '';
    return `This key is pending deletion${when} and cannot encrypt. Choose another key.`;
  }
  if (key.KeyState === 'Disabled' || key.Enabled === false)
    return 'This key is disabled. Enable it in AWS KMS, or choose another key.';
  if (key.KeySpec && key.KeySpec !== 'SYMMETRIC_DEFAULT')
    return `This key is asymmetric (${key.KeySpec}). Transcribe needs a symmetric encryption key.`;
  if (key.KeyUsage && key.KeyUsage !== 'ENCRYPT_DECRYPT')
    return `This key's usage is ${key.KeyUsage}, not ENCRYPT_DECRYPT: it cannot encrypt. Choose a key for encryption.`;
  if (key.KeyState && key.KeyState !== 'Enabled')
    return `This key is ${keyStateLabel(key.KeyState).toLowerCase()} and cannot encrypt right now.`;
  return undefined;
}

const stateWords: Record<string, string> = {
  PendingDeletion: 'Pending deletion',
  PendingReplicaDeletion: 'Pending replica deletion',
  PendingImport: 'Pending import',
};

/** A key state as the KMS console writes it: "Pending deletion", not "PendingDeletion". */
export function keyStateLabel(state: string | undefined): string {
  if (!state) return 'Unknown';
  const known = stateWords[state];
  if (known) return known;
  // A state this console does not know yet: its words split at the capitals.
  const words = state.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
