import { describe, expect, it } from 'vitest';
import { checkKmsArn, kmsKeyIdMemberPattern, partitionOfRegion } from './kms-key-arn';

const context = { region: 'us-east-1', accountId: '111122223333' };
const sharedKey = 'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';

describe('checkKmsArn', () => {
  it('accepts a key ARN, an mrk key ARN and an alias ARN of another account', () => {
    for (const arn of [
      sharedKey,
      'arn:aws:kms:us-east-1:444455556666:key/mrk-1234abcd12ab34cd56ef1234567890ab',
      'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics',
      'arn:aws:kms:us-east-1:444455556666:alias/team:a/b_c-d',
    ]) {
      const result = checkKmsArn(arn, context);
      expect(result, arn).toMatchObject({ ok: true, sameAccount: false });
    }
    expect(checkKmsArn(sharedKey, context)).toEqual({
      ok: true,
      sameAccount: false,
      arn: {
        kind: 'key',
        partition: 'aws',
        region: 'us-east-1',
        accountId: '444455556666',
        resource: 'key/5e4d3c2b-0001-4000-8000-444455556666',
      },
    });
  });

  it('accepts an alias of exactly 250 characters after alias/ (256 in all), the longest', () => {
    const longest = `arn:aws:kms:us-east-1:444455556666:alias/${'a'.repeat(250)}`;
    expect(checkKmsArn(longest, context)).toMatchObject({ ok: true, arn: { kind: 'alias' } });
  });

  it('never accepts an ARN that the OutputEncryptionKMSKeyId pattern refuses (so it has no "too long" case)', () => {
    // The longest ARNs it can accept: the longest partition name with a Region of it, and the
    // longest alias, of every character an alias may hold.
    const isob = { region: 'us-isob-east-1', accountId: '111122223333' };
    const longest = [
      [`arn:aws-iso-b:kms:us-isob-east-1:444455556666:alias/${'a'.repeat(250)}`, isob],
      [`arn:aws:kms:us-east-1:444455556666:alias/${'aZ09:/_-'.repeat(31)}aa`, context],
      [
        'arn:aws-iso-b:kms:us-isob-east-1:444455556666:key/mrk-1234abcd12ab34cd56ef1234567890ab',
        isob,
      ],
    ] as const;
    for (const [arn, scope] of longest) {
      expect(checkKmsArn(arn, scope), arn).toMatchObject({ ok: true });
      expect(arn, arn).toMatch(kmsKeyIdMemberPattern);
    }
  });

  it('accepts an ARN of the current account and says so', () => {
    const result = checkKmsArn(
      'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-0001-4000-8000-111122223333',
      context,
    );
    expect(result).toMatchObject({ ok: true, sameAccount: true });
  });

  // Each rule has its own problem and its own message.
  const corpus: [string, string, RegExp][] = [
    ['', 'empty', /Enter the ARN/],
    ['   ', 'empty', /Enter the ARN/],
    ['5e4d3c2b-0001-4000-8000-444455556666', 'not-an-arn', /not an ARN/],
    ['alias/shared-with-analytics', 'not-an-arn', /not an ARN/],
    ['arn:aws:kms:us-east-1', 'not-an-arn', /not an ARN/],
    ['arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b 0001', 'not-an-arn', /not an ARN/],
    ['ARN:aws:kms:us-east-1:444455556666:alias/x', 'not-an-arn', /not an ARN/],
    ['arn:aws:s3:::transcripts-111122223333', 'not-kms', /s3 service, not of a KMS key/],
    ['arn:aws:iam::111122223333:role/TranscribeAnalyst', 'not-kms', /iam service/],
    ['arn:aws::us-east-1:444455556666:alias/x', 'not-kms', /names no service/],
    [
      'arn:aws-cn:kms:us-east-1:444455556666:alias/x',
      'partition',
      /partition "aws-cn".*partition "aws"/,
    ],
    ['arn:aws-us-gov:kms:us-east-1:444455556666:alias/x', 'partition', /aws-us-gov/],
    ['arn:aws-iso:kms:us-east-1:444455556666:alias/x', 'partition', /aws-iso/],
    ['arn:awz:kms:us-east-1:444455556666:alias/x', 'partition', /partition "awz"/],
    ['arn::kms:us-east-1:444455556666:alias/x', 'partition', /partition ""/],
    ['arn:aws:kms:eu-west-1:444455556666:alias/x', 'region', /Region eu-west-1.*us-east-1/],
    ['arn:aws:kms::444455556666:alias/x', 'region', /has no Region/],
    ['arn:aws:kms:US-EAST-1:444455556666:alias/x', 'region', /Region US-EAST-1/],
    [
      'arn:aws:kms:us-east-1:44445555666:alias/x',
      'account',
      /"44445555666" is not an AWS account ID/,
    ],
    ['arn:aws:kms:us-east-1:4444555566667:alias/x', 'account', /12 digits/],
    ['arn:aws:kms:us-east-1:44445555666a:alias/x', 'account', /12 digits/],
    ['arn:aws:kms:us-east-1::alias/x', 'account', /no account ID/],
    [
      'arn:aws:kms:us-east-1:444455556666:key/not-a-key',
      'key-id',
      /"not-a-key" is not a KMS key ID/,
    ],
    ['arn:aws:kms:us-east-1:444455556666:key/', 'key-id', /is not a KMS key ID/],
    [
      'arn:aws:kms:us-east-1:444455556666:key/5E4D3C2B-0001-4000-8000-444455556666',
      'key-id',
      /lower case/,
    ],
    ['arn:aws:kms:us-east-1:444455556666:key/mrk-1234', 'key-id', /mrk- and 32/],
    ['arn:aws:kms:us-east-1:444455556666:alias/aws/s3', 'aws-managed-alias', /AWS managed key/],
    ['arn:aws:kms:us-east-1:444455556666:alias/', 'alias-name', /alias name is missing/],
    ['arn:aws:kms:us-east-1:444455556666:alias/bad name!', 'not-an-arn', /not an ARN/],
    ['arn:aws:kms:us-east-1:444455556666:alias/bad!name', 'alias-name', /not a valid alias name/],
    [`arn:aws:kms:us-east-1:444455556666:alias/${'a'.repeat(251)}`, 'alias-name', /1–250/],
    ['arn:aws:kms:us-east-1:444455556666:secret/x', 'resource-type', /key\/KEY_ID or alias/],
    ['arn:aws:kms:us-east-1:444455556666:keys/x', 'resource-type', /neither/],
  ];

  it.each(corpus)('refuses %j as %s', (arn, problem, message) => {
    const result = checkKmsArn(arn, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.message).toMatch(message);
  });

  it('gives each kind of problem a message of its own', () => {
    const byProblem = new Map<string, Set<string>>();
    for (const [arn] of corpus) {
      const result = checkKmsArn(arn, context);
      if (result.ok) continue;
      const template = result.message.replace(/"[^"]*"|\S*\d\S*/g, '…');
      byProblem.set(result.problem, (byProblem.get(result.problem) ?? new Set()).add(template));
    }
    const all = [...byProblem.values()].flatMap((set) => [...set]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('knows the partition of each Region family', () => {
    expect(partitionOfRegion('us-east-1')).toBe('aws');
    expect(partitionOfRegion('eu-central-2')).toBe('aws');
    expect(partitionOfRegion('cn-north-1')).toBe('aws-cn');
    expect(partitionOfRegion('us-gov-west-1')).toBe('aws-us-gov');
    expect(partitionOfRegion('us-iso-east-1')).toBe('aws-iso');
    expect(partitionOfRegion('us-isob-east-1')).toBe('aws-iso-b');
  });

  it('checks a job in another partition against that partition', () => {
    expect(
      checkKmsArn('arn:aws-cn:kms:cn-north-1:444455556666:alias/x', { region: 'cn-north-1' }),
    ).toMatchObject({ ok: true });
    expect(
      checkKmsArn('arn:aws:kms:cn-north-1:444455556666:alias/x', { region: 'cn-north-1' }),
    ).toMatchObject({ ok: false, problem: 'partition' });
  });
});
