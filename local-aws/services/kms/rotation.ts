import type { GetKeyRotationStatusCommandOutput } from '@aws-sdk/client-kms';
import { unsupportedOperation } from './errors';
import { isSymmetricEncryptionKey, type StoredKey } from './model';

// Automatic key rotation: which keys may rotate, and the status GetKeyRotationStatus reports.
// local-aws never rotates key material; it reports the schedule AWS would keep.

const DAY_MS = 24 * 60 * 60 * 1000;

/** EnableKeyRotation's default period, and the one AWS managed keys always rotate on. */
export const DEFAULT_ROTATION_DAYS = 365;

/** Only symmetric encryption keys rotate automatically. */
export function requireRotatable(key: StoredKey): void {
  if (!isSymmetricEncryptionKey(key)) throw unsupportedOperation();
}

/** The first date after `now` that is a whole number of periods after `from`. */
function nextAfter(from: number, periodInDays: number, now: number): Date {
  const period = periodInDays * DAY_MS;
  const periods = Math.max(1, Math.floor((now - from) / period) + 1);
  return new Date(from + periods * period);
}

type RotationStatus = Omit<GetKeyRotationStatusCommandOutput, '$metadata'>;

/**
 * GetKeyRotationStatus's answer: AWS managed keys always rotate yearly; a customer key rotates
 * when rotation was enabled, except while it is pending deletion (the setting is kept, and
 * comes back if the deletion is cancelled). Keys that cannot rotate report false.
 */
export function rotationStatus(key: StoredKey, now: number): RotationStatus {
  if (key.keyManager === 'AWS' && isSymmetricEncryptionKey(key))
    return {
      KeyId: key.arn,
      KeyRotationEnabled: true,
      RotationPeriodInDays: DEFAULT_ROTATION_DAYS,
      NextRotationDate: nextAfter(key.creationDate, DEFAULT_ROTATION_DAYS, now),
    };
  const rotation = key.rotation;
  if (!rotation || key.keyState === 'PendingDeletion' || !isSymmetricEncryptionKey(key))
    return { KeyId: key.arn, KeyRotationEnabled: false };
  return {
    KeyId: key.arn,
    KeyRotationEnabled: true,
    RotationPeriodInDays: rotation.periodInDays,
    NextRotationDate: nextAfter(rotation.enabledAt, rotation.periodInDays, now),
  };
}
