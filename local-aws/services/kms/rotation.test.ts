import { describe, expect, it } from 'vitest';
import type { StoredKey } from './model';
import { rotationStatus } from './rotation';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = Date.UTC(2030, 0, 1);

const key = (changes: Partial<StoredKey> = {}): StoredKey => ({
  keyId: 'k',
  arn: 'arn:aws:kms:us-east-1:111122223333:key/k',
  accountId: '111122223333',
  region: 'us-east-1',
  creationDate: START,
  keyState: 'Enabled',
  description: '',
  keyUsage: 'ENCRYPT_DECRYPT',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyManager: 'CUSTOMER',
  origin: 'AWS_KMS',
  multiRegion: false,
  policy: '{}',
  ...changes,
});

describe('rotationStatus', () => {
  it('schedules the next rotation a whole number of periods after rotation was enabled', () => {
    const rotating = key({ rotation: { periodInDays: 90, enabledAt: START } });
    expect(rotationStatus(rotating, START).NextRotationDate).toEqual(new Date(START + 90 * DAY_MS));
    expect(rotationStatus(rotating, START + 90 * DAY_MS - 1).NextRotationDate).toEqual(
      new Date(START + 90 * DAY_MS),
    );
    // Once a rotation date has passed, the next one is a period later.
    expect(rotationStatus(rotating, START + 90 * DAY_MS).NextRotationDate).toEqual(
      new Date(START + 180 * DAY_MS),
    );
    expect(rotationStatus(rotating, START + 200 * DAY_MS).NextRotationDate).toEqual(
      new Date(START + 270 * DAY_MS),
    );
  });

  it('keeps AWS managed keys on a yearly schedule from their creation', () => {
    const managed = key({ keyManager: 'AWS' });
    expect(rotationStatus(managed, START + 400 * DAY_MS)).toEqual({
      KeyId: managed.arn,
      KeyRotationEnabled: true,
      RotationPeriodInDays: 365,
      NextRotationDate: new Date(START + 730 * DAY_MS),
    });
  });

  it('reports off while pending deletion, and for keys that cannot rotate', () => {
    const rotation = { periodInDays: 365, enabledAt: START };
    expect(rotationStatus(key({ rotation, keyState: 'PendingDeletion' }), START)).toEqual({
      KeyId: key().arn,
      KeyRotationEnabled: false,
    });
    expect(
      rotationStatus(key({ rotation, keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' }), START),
    ).toEqual({ KeyId: key().arn, KeyRotationEnabled: false });
    expect(rotationStatus(key({ rotation, keyState: 'Disabled' }), START)).toMatchObject({
      KeyRotationEnabled: true,
    });
  });
});
