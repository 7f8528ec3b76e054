import { describe, expect, it } from 'vitest';
import { blocksWriting, policyPrincipalOf, readCheckStep } from './key-access';

const sdkError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });

const ANALYST =
  'arn:aws:sts::111122223333:assumed-role/TranscribeAnalyst/CognitoIdentityCredentials';
const SHARED = 'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';

describe('readCheckStep', () => {
  it('reads success and DryRunOperationException as allowed', () => {
    expect(readCheckStep('kms:Encrypt')).toEqual({ status: 'allowed' });
    expect(
      readCheckStep(
        'kms:Decrypt',
        sdkError('DryRunOperationException', 'The request would have succeeded'),
      ),
    ).toEqual({ status: 'allowed' });
  });

  it('tells which policy refused, from KMS’s message', () => {
    const byKeyPolicy = `User: ${ANALYST} is not authorized to perform: kms:Decrypt on resource: ${SHARED} because no resource-based policy allows the kms:Decrypt action`;
    expect(readCheckStep('kms:Decrypt', sdkError('AccessDeniedException', byKeyPolicy))).toEqual({
      status: 'refused',
      refusal: {
        reason: 'access-denied',
        permission: 'kms:Decrypt',
        refusedBy: 'key-policy',
        awsMessage: byKeyPolicy,
      },
    });
    const byIam = `User: ${ANALYST} is not authorized to perform: kms:Encrypt on resource: ${SHARED} because no identity-based policy allows the kms:Encrypt action`;
    expect(readCheckStep('kms:Encrypt', sdkError('AccessDeniedException', byIam))).toMatchObject({
      refusal: { refusedBy: 'iam-policy' },
    });
    expect(
      readCheckStep('kms:Encrypt', sdkError('AccessDeniedException', 'Access denied')),
    ).toMatchObject({ refusal: { refusedBy: 'unknown' } });
  });

  it('names each other refusal, and does not call a network failure one', () => {
    const reasons = [
      ['NotFoundException', 'not-found'],
      ['DisabledException', 'disabled'],
      ['KMSInvalidStateException', 'invalid-state'],
      ['InvalidKeyUsageException', 'key-usage'],
    ] as const;
    for (const [code, reason] of reasons)
      expect(readCheckStep('kms:Encrypt', sdkError(code, 'x'))).toEqual({
        status: 'refused',
        refusal: { reason, awsMessage: 'x' },
      });
    expect(readCheckStep('kms:Encrypt', new TypeError('Failed to fetch')).status).toBe('unknown');
  });
});

describe('blocksWriting', () => {
  it('blocks on a refused write only, never on a refused read', () => {
    const refused = readCheckStep('kms:Encrypt', sdkError('AccessDeniedException', 'no'));
    expect(blocksWriting({ write: refused })).toBe(true);
    expect(blocksWriting({ write: { status: 'allowed' }, read: refused })).toBe(false);
    expect(blocksWriting({ write: { status: 'unknown', awsMessage: 'x' } })).toBe(false);
    expect(blocksWriting(undefined)).toBe(false);
  });
});

describe('policyPrincipalOf', () => {
  it('names the role of an assumed-role session, as a key policy does', () => {
    expect(policyPrincipalOf(ANALYST)).toEqual({
      arn: 'arn:aws:iam::111122223333:role/TranscribeAnalyst',
      name: 'TranscribeAnalyst',
    });
    expect(policyPrincipalOf('arn:aws-cn:sts::111122223333:assumed-role/R/s')).toEqual({
      arn: 'arn:aws-cn:iam::111122223333:role/R',
      name: 'R',
    });
  });
  it('keeps an IAM user, and knows nothing else', () => {
    expect(policyPrincipalOf('arn:aws:iam::111122223333:user/ops/ana')).toEqual({
      arn: 'arn:aws:iam::111122223333:user/ops/ana',
      name: 'ana',
    });
    expect(policyPrincipalOf('arn:aws:iam::111122223333:root')).toBeUndefined();
    expect(policyPrincipalOf(undefined)).toBeUndefined();
  });
});
