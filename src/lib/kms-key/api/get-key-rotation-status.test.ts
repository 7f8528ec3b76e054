import { GetKeyRotationStatusCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { getKeyRotationStatus } from './get-key-rotation-status';

const kmsAnswering = (output: object) => ({
  sent: [] as unknown[],
  send(command: unknown) {
    this.sent.push(command);
    return Promise.resolve(output);
  },
});

describe('getKeyRotationStatus', () => {
  it('asks GetKeyRotationStatus for the key, and keeps the period and next date when on', async () => {
    const next = new Date('2031-01-01T00:00:00Z');
    const kms = kmsAnswering({
      KeyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
      KeyRotationEnabled: true,
      RotationPeriodInDays: 180,
      NextRotationDate: next,
    });
    expect(await getKeyRotationStatus(kms as never, 'k')).toEqual({
      enabled: true,
      periodInDays: 180,
      nextRotation: next,
    });
    expect(kms.sent[0]).toBeInstanceOf(GetKeyRotationStatusCommand);
    expect((kms.sent[0] as GetKeyRotationStatusCommand).input).toEqual({ KeyId: 'k' });
  });

  it('reports off as off, whatever else came with it', async () => {
    const kms = kmsAnswering({ KeyRotationEnabled: false, RotationPeriodInDays: 365 });
    expect(await getKeyRotationStatus(kms as never, 'k')).toEqual({ enabled: false });
  });
});
