import { describe, expect, it } from 'vitest';
import { readCheckStep } from './key-access';
import {
  describeKeyAccess,
  type KeyAccessParties,
  keyPolicyStatement,
  READ_REFUSED_HEADLINE,
} from './key-access-words';

const sdkError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });

const ROLE = 'arn:aws:iam::111122223333:role/TranscribeAnalyst';
const shared: KeyAccessParties = {
  accountId: '111122223333',
  principal: { arn: ROLE, name: 'TranscribeAnalyst' },
  keyAccountId: '444455556666',
};
const own: KeyAccessParties = { ...shared, keyAccountId: '111122223333' };
const denied = (permission: 'kms:Encrypt' | 'kms:Decrypt', side: 'resource' | 'identity') =>
  readCheckStep(
    permission,
    sdkError(
      'AccessDeniedException',
      `User: arn:aws:sts::111122223333:assumed-role/TranscribeAnalyst/s is not authorized to perform: ${permission} on resource: k because no ${side}-based policy allows the ${permission} action`,
    ),
  );

describe('describeKeyAccess', () => {
  it('says a key is fully usable when writing and reading pass', () => {
    expect(
      describeKeyAccess({ write: { status: 'allowed' }, read: { status: 'allowed' } }, own),
    ).toEqual({
      tone: 'success',
      headline: 'You can use this key. You can write transcripts with it and read them here.',
    });
  });

  it("for a custom resource, asks and says only what the analyst's own check proves (kms:Encrypt)", () => {
    const vocabulary = { name: 'vocabulary', plural: 'vocabularies' };
    expect(describeKeyAccess({ write: { status: 'allowed' } }, own, vocabulary)).toEqual({
      tone: 'success',
      headline: 'You can use this key.',
    });
    const words = describeKeyAccess(
      { write: denied('kms:Encrypt', 'resource') },
      shared,
      vocabulary,
    );
    expect(words.needed).toEqual([
      { permission: 'kms:Encrypt', purpose: 'to create the vocabulary encrypted with it' },
    ]);
    expect(JSON.parse(words.statement ?? '')).toMatchObject({
      Sid: 'AllowEncrypt',
      Action: 'kms:Encrypt',
    });
    expect(`${words.advice} ${words.headline}`).not.toMatch(/transcript/);
  });

  it('says plainly when the analyst can write but not read, without blocking', () => {
    const words = describeKeyAccess(
      { write: { status: 'allowed' }, read: denied('kms:Decrypt', 'resource') },
      shared,
    );
    expect(words.tone).toBe('warning');
    expect(words.headline).toBe(READ_REFUSED_HEADLINE);
    expect(words.headline).toBe(
      'You can encrypt with this key but not decrypt: you will not be able to read or download the transcript here.',
    );
    expect(words.fieldError).toBeUndefined();
    expect(words.advice).toBe(
      "The key belongs to account 444455556666; your role TranscribeAnalyst (account 111122223333) may not use it for kms:Decrypt. KMS says no statement of the key policy allows it. Ask the key's owner in account 444455556666 to add the statement below to the key policy, and your account's administrator to allow kms:Decrypt on this key in your role's IAM policy: a key of another account needs both. The job can still be created: whoever may decrypt with the key can read its transcript.",
    );
    expect(words.needed).toEqual([
      { permission: 'kms:Decrypt', purpose: 'to read: preview and download the transcript here' },
    ]);
    expect(JSON.parse(words.statement ?? '')).toEqual({
      Sid: 'AllowTranscriptsRead',
      Effect: 'Allow',
      Principal: { AWS: ROLE },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    expect(words.details).toMatch(/^User: .* kms:Decrypt .*resource-based policy/);
  });

  it('turns a refused write into words naming the account, the role and each permission', () => {
    const words = describeKeyAccess({ write: denied('kms:Encrypt', 'resource') }, shared);
    expect(words.tone).toBe('error');
    expect(words.fieldError).toBe(
      "You can't use this key: your role TranscribeAnalyst is not allowed kms:Encrypt on it.",
    );
    expect(words.fieldError).not.toMatch(/arn:aws:sts/);
    expect(words.advice).toMatch(
      /^The key belongs to account 444455556666; your role TranscribeAnalyst \(account 111122223333\) may not use it for kms:Encrypt\./,
    );
    expect(words.needed?.map((n) => n.permission)).toEqual([
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'kms:Decrypt',
    ]);
    expect(words.needed?.[0]?.purpose).toMatch(/^to write/);
    expect(words.needed?.[2]?.purpose).toMatch(/^to read/);
    expect(JSON.parse(words.statement ?? '')).toMatchObject({
      Principal: { AWS: ROLE },
      Action: ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:Decrypt'],
    });
    // KMS's own message, with the session ARN, only under Details.
    expect(words.details).toMatch(/assumed-role/);
  });

  it('sends an own-account refusal by IAM to the administrator', () => {
    const words = describeKeyAccess({ write: denied('kms:Encrypt', 'identity') }, own);
    expect(words.advice).toBe(
      "The key is in your account (111122223333); your role TranscribeAnalyst may not use it for kms:Encrypt. KMS says your role's IAM policy does not allow it. Ask your account's administrator to allow kms:Encrypt on this key in your role's IAM policy, or the key's administrators to add the statement below to its key policy.",
    );
  });

  it('has plain words for the other refusals, with KMS’s message as details', () => {
    const notFound = describeKeyAccess(
      {
        write: readCheckStep('kms:Encrypt', sdkError('NotFoundException', 'Alias x is not found.')),
      },
      shared,
    );
    expect(notFound.fieldError).toBe(
      "KMS found no such key or alias in account 444455556666. Check the ARN with the key's owner.",
    );
    expect(notFound.details).toBe('Alias x is not found.');
    const disabled = describeKeyAccess(
      { write: readCheckStep('kms:Encrypt', sdkError('DisabledException', 'k is disabled.')) },
      own,
    );
    expect(disabled.fieldError).toMatch(/^The key is disabled/);
  });

  it('does not block, nor call it a refusal, when no answer came', () => {
    const words = describeKeyAccess(
      { write: readCheckStep('kms:Encrypt', new TypeError('Failed to fetch')) },
      own,
    );
    expect(words.tone).toBe('warning');
    expect(words.fieldError).toBeUndefined();
    const readUnknown = describeKeyAccess(
      { write: { status: 'allowed' }, read: { status: 'unknown', awsMessage: 'Rate exceeded' } },
      own,
    );
    expect(readUnknown.headline).toMatch(/^You can use this key to write\. Whether you can read/);
  });
});

describe('keyPolicyStatement', () => {
  it('names a placeholder role when the caller is not known yet', () => {
    expect(JSON.parse(keyPolicyStatement(undefined, ['kms:Decrypt'])).Principal).toEqual({
      AWS: 'arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME',
    });
  });
});
