import { describe, expect, it } from 'vitest';
import { describeAccessCheck, keyMetadataProblem } from './key-checks';

const sdkError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });

const enabled = {
  KeyId: 'k',
  Enabled: true,
  KeyState: 'Enabled' as const,
  KeySpec: 'SYMMETRIC_DEFAULT' as const,
  KeyUsage: 'ENCRYPT_DECRYPT' as const,
};

describe('keyMetadataProblem', () => {
  it('passes an enabled symmetric encryption key', () => {
    expect(keyMetadataProblem(enabled)).toBeUndefined();
  });
  it('names each problem plainly', () => {
    expect(keyMetadataProblem({ ...enabled, Enabled: false, KeyState: 'Disabled' })).toMatch(
      /disabled/,
    );
    expect(
      keyMetadataProblem({
        ...enabled,
        Enabled: false,
        KeyState: 'PendingDeletion',
        DeletionDate: new Date('2026-12-05T00:00:00Z'),
      }),
    ).toMatch(/pending deletion on 2026-12-05/);
    expect(
      keyMetadataProblem({ ...enabled, KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
    ).toMatch(/asymmetric \(RSA_2048\)/);
    expect(keyMetadataProblem({ ...enabled, KeyUsage: 'GENERATE_VERIFY_MAC' })).toMatch(
      /usage is GENERATE_VERIFY_MAC, not ENCRYPT_DECRYPT/,
    );
    expect(keyMetadataProblem({ ...enabled, KeyState: 'PendingImport' })).toMatch(
      /state PendingImport/,
    );
  });
});

describe('describeAccessCheck', () => {
  it('reads DryRunOperationException as success', () => {
    expect(
      describeAccessCheck({
        error: sdkError('DryRunOperationException', 'The request would have succeeded'),
      }),
    ).toEqual({ status: 'allowed', message: 'You can use this key.' });
  });
  it('says exactly why not', () => {
    expect(
      describeAccessCheck({
        error: sdkError('AccessDeniedException', 'User: x is not authorized'),
      }),
    ).toMatchObject({
      status: 'refused',
      reason: 'access-denied',
      message: expect.stringMatching(/kms:Encrypt/),
    });
    expect(describeAccessCheck({ error: sdkError('NotFoundException', 'nope') })).toMatchObject({
      status: 'refused',
      reason: 'not-found',
    });
    expect(describeAccessCheck({ error: sdkError('DisabledException', 'x') })).toMatchObject({
      reason: 'disabled',
    });
    expect(describeAccessCheck({ error: sdkError('KMSInvalidStateException', 'x') })).toMatchObject(
      {
        reason: 'invalid-state',
      },
    );
    expect(describeAccessCheck({ error: sdkError('InvalidKeyUsageException', 'x') })).toMatchObject(
      {
        reason: 'key-usage',
      },
    );
  });
  it('does not call a network failure a refusal', () => {
    expect(describeAccessCheck({ error: new TypeError('Failed to fetch') }).status).toBe('unknown');
  });
});
