import { describe, expect, it } from 'vitest';
import { keyMetadataProblem, keyStateLabel } from './key-checks';

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
  it('names each problem plainly, dates in the console format', () => {
    expect(keyMetadataProblem({ ...enabled, Enabled: false, KeyState: 'Disabled' })).toMatch(
      /disabled/,
    );
    expect(
      keyMetadataProblem(
        {
          ...enabled,
          Enabled: false,
          KeyState: 'PendingDeletion',
          DeletionDate: new Date('2026-12-05T00:00:00Z'),
        },
        'UTC',
      ),
    ).toBe(
      'This key is pending deletion (deletion on Dec 5, 2026, 00:00:00 UTC) and cannot encrypt. Choose another key.',
    );
    expect(
      keyMetadataProblem({ ...enabled, KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
    ).toMatch(/asymmetric \(RSA_2048\)/);
    expect(keyMetadataProblem({ ...enabled, KeyUsage: 'GENERATE_VERIFY_MAC' })).toMatch(
      /usage is GENERATE_VERIFY_MAC, not ENCRYPT_DECRYPT/,
    );
    expect(keyMetadataProblem({ ...enabled, KeyState: 'PendingImport' })).toBe(
      'This key is pending import and cannot encrypt right now.',
    );
  });
});

describe('keyStateLabel', () => {
  it('writes key states in words, as the KMS console does', () => {
    expect(keyStateLabel('Enabled')).toBe('Enabled');
    expect(keyStateLabel('PendingDeletion')).toBe('Pending deletion');
    expect(keyStateLabel('PendingReplicaDeletion')).toBe('Pending replica deletion');
    expect(keyStateLabel('PendingImport')).toBe('Pending import');
    expect(keyStateLabel('Unavailable')).toBe('Unavailable');
    // A state KMS adds later still reads as words.
    expect(keyStateLabel('PendingRotationSomething')).toBe('Pending rotation something');
    expect(keyStateLabel(undefined)).toBe('Unknown');
  });
});
