import { describe, expect, it } from 'vitest';
import { ANALYST_ROLE_ARN, CURRENT_ACCOUNT, OTHER_ACCOUNT, SEEDED_KEY_ARNS } from '../seed/ids';
import {
  authorizeIdentity,
  authorizeWithResourcePolicy,
  evaluateIdentity,
  wildcardMatch,
} from './iam';
import type { PolicyDocument, Principal } from './types';

const analyst = (policies: PolicyDocument[]): Principal => ({
  type: 'assumed-role',
  accountId: CURRENT_ACCOUNT,
  arn: `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/s`,
  userId: 'AROA:s',
  accessKeyId: 'ASIA',
  roleArn: ANALYST_ROLE_ARN,
  policies,
});

const allow = (Action: string | string[], Resource: string | string[]): PolicyDocument => ({
  Statement: [{ Effect: 'Allow', Action, Resource }],
});

const sharedKey = SEEDED_KEY_ARNS.sharedWithAnalytics;
const ownKey = SEEDED_KEY_ARNS.transcribeOutput;

describe('wildcardMatch', () => {
  it('matches * and ? and nothing else', () => {
    expect(wildcardMatch(`arn:aws:kms:*:${CURRENT_ACCOUNT}:key/*`, ownKey)).toBe(true);
    expect(wildcardMatch(`arn:aws:kms:*:${CURRENT_ACCOUNT}:key/*`, sharedKey)).toBe(false);
    expect(wildcardMatch('kms:Encr?pt', 'kms:Encrypt')).toBe(true);
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
    expect(wildcardMatch('KMS:encrypt', 'kms:Encrypt', true)).toBe(true);
  });

  it('agrees with a regular expression on every short pattern and value', () => {
    // A regular expression is right but backtracks; small inputs keep it quick.
    const reference = (pattern: string, value: string) =>
      new RegExp(
        `^${[...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch)).join('')}$`,
        's',
      ).test(value);
    const words = (alphabet: string, length: number): string[] =>
      length === 0
        ? ['']
        : words(alphabet, length - 1).flatMap((w) => [w, ...[...alphabet].map((c) => w + c)]);
    const patterns = [...new Set(words('a*?b', 4))];
    const values = [...new Set(words('ab', 5))];
    for (const pattern of patterns)
      for (const value of values)
        expect(wildcardMatch(pattern, value), `${pattern} ~ ${value}`).toBe(
          reference(pattern, value),
        );
  });

  it('answers at once where backtracking never returns', () => {
    // Issue 10: 12 wildcards against 40 `a`s held the event loop for 30 s, 60 never returned.
    const pattern = `${'*a'.repeat(12)}!`;
    expect(wildcardMatch(pattern, 'a'.repeat(60))).toBe(false);
    expect(wildcardMatch(pattern, `${'a'.repeat(60)}!`)).toBe(true);
    expect(wildcardMatch(`${'*a?'.repeat(200)}!`, 'ab'.repeat(5000))).toBe(false);
    expect(wildcardMatch(`*${'a'.repeat(1000)}b*`, 'a'.repeat(20000))).toBe(false);
  });
});

describe('identity policies', () => {
  it('allows what a statement allows and nothing more', () => {
    const policies = [allow('kms:Encrypt', `arn:aws:kms:*:${CURRENT_ACCOUNT}:key/*`)];
    expect(evaluateIdentity(policies, { action: 'kms:Encrypt', resource: ownKey })).toBe('allow');
    expect(evaluateIdentity(policies, { action: 'kms:Decrypt', resource: ownKey })).toBe('none');
    expect(evaluateIdentity(policies, { action: 'kms:Encrypt', resource: sharedKey })).toBe('none');
  });

  it('lets an explicit deny win over any allow', () => {
    const policies = [
      allow('kms:*', '*'),
      { Statement: { Effect: 'Deny' as const, Action: 'kms:Encrypt', Resource: ownKey } },
    ];
    const result = authorizeIdentity(analyst(policies), {
      action: 'kms:Encrypt',
      resource: ownKey,
    });
    expect(result).toEqual({
      allowed: false,
      message: `User: arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/s is not authorized to perform: kms:Encrypt on resource: ${ownKey} with an explicit deny in an identity-based policy`,
    });
  });

  it("says AWS's words when no policy allows", () => {
    const result = authorizeIdentity(analyst([]), {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
    });
    expect(result).toMatchObject({
      allowed: false,
      message: expect.stringMatching(
        /because no identity-based policy allows the s3:GetObject action$/,
      ),
    });
  });

  it('honours NotAction and conditions', () => {
    const policies: PolicyDocument[] = [
      { Statement: [{ Effect: 'Allow', NotAction: 'kms:Decrypt', Resource: '*' }] },
      {
        Statement: [
          {
            Effect: 'Deny',
            Action: 'kms:Encrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionContext:dept': 'finance' } },
          },
        ],
      },
    ];
    expect(evaluateIdentity(policies, { action: 'kms:Decrypt', resource: ownKey })).toBe('none');
    expect(
      evaluateIdentity(policies, {
        action: 'kms:Encrypt',
        resource: ownKey,
        context: { 'kms:EncryptionContext:dept': 'finance' },
      }),
    ).toBe('deny');
    expect(evaluateIdentity(policies, { action: 'kms:Encrypt', resource: ownKey })).toBe('allow');
  });

  it('grants under a condition block only when every one of its conditions holds', () => {
    const policies: PolicyDocument[] = [
      {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'kms:Encrypt',
            Resource: '*',
            Condition: {
              StringEquals: { 'kms:EncryptionContext:dept': 'finance', 'kms:CallerAccount': '1' },
              StringLike: { 'kms:ViaService': 'transcribe.*' },
            },
          },
        ],
      },
    ];
    const request = (context: Record<string, string>) => ({
      action: 'kms:Encrypt',
      resource: ownKey,
      context,
    });
    const all = {
      'kms:EncryptionContext:dept': 'finance',
      'kms:CallerAccount': '1',
      'kms:ViaService': 'transcribe.us-east-1.amazonaws.com',
    };
    expect(evaluateIdentity(policies, request(all))).toBe('allow');
    // One key of an operator wrong, then one operator wrong: each alone refuses.
    expect(evaluateIdentity(policies, request({ ...all, 'kms:CallerAccount': '2' }))).toBe('none');
    expect(
      evaluateIdentity(policies, request({ ...all, 'kms:ViaService': 's3.amazonaws.com' })),
    ).toBe('none');
  });
});

describe('key policies with IAM', () => {
  const rootPolicy = (account: string): PolicyDocument => ({
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  });
  const iam = [allow(['kms:Encrypt'], 'arn:aws:kms:*:*:key/*')];

  it('same account: the root statement delegates to IAM', () => {
    const request = { action: 'kms:Encrypt', resource: ownKey };
    expect(
      authorizeWithResourcePolicy(
        analyst(iam),
        request,
        CURRENT_ACCOUNT,
        rootPolicy(CURRENT_ACCOUNT),
      ),
    ).toEqual({
      allowed: true,
    });
    expect(
      authorizeWithResourcePolicy(
        analyst([]),
        request,
        CURRENT_ACCOUNT,
        rootPolicy(CURRENT_ACCOUNT),
      ).allowed,
    ).toBe(false);
  });

  it('same account: a key policy naming the role directly needs no IAM policy', () => {
    const policy: PolicyDocument = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ANALYST_ROLE_ARN },
          Action: 'kms:Encrypt',
          Resource: '*',
        },
      ],
    };
    expect(
      authorizeWithResourcePolicy(
        analyst([]),
        { action: 'kms:Encrypt', resource: ownKey },
        CURRENT_ACCOUNT,
        policy,
      ),
    ).toEqual({
      allowed: true,
    });
  });

  it('cross account: needs the key policy and the caller policy both', () => {
    const request = { action: 'kms:Encrypt', resource: sharedKey };
    const shared: PolicyDocument = {
      Statement: [
        ...(rootPolicy(OTHER_ACCOUNT).Statement as []),
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
          Action: ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          Resource: '*',
        },
      ],
    };
    expect(authorizeWithResourcePolicy(analyst(iam), request, OTHER_ACCOUNT, shared)).toEqual({
      allowed: true,
    });
    expect(authorizeWithResourcePolicy(analyst([]), request, OTHER_ACCOUNT, shared)).toMatchObject({
      allowed: false,
      message: expect.stringContaining(
        'because no identity-based policy allows the kms:Encrypt action',
      ),
    });
    expect(
      authorizeWithResourcePolicy(analyst(iam), request, OTHER_ACCOUNT, rootPolicy(OTHER_ACCOUNT)),
    ).toMatchObject({
      allowed: false,
      message: expect.stringContaining(
        'because no resource-based policy allows the kms:Encrypt action',
      ),
    });
    expect(
      authorizeWithResourcePolicy(
        analyst(iam),
        { action: 'kms:Decrypt', resource: sharedKey },
        OTHER_ACCOUNT,
        shared,
      ).allowed,
    ).toBe(false);
  });

  it('cross account: a key policy naming the role directly still needs the caller policy', () => {
    const request = { action: 'kms:Encrypt', resource: sharedKey };
    const namesTheRole: PolicyDocument = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ANALYST_ROLE_ARN },
          Action: 'kms:Encrypt',
          Resource: '*',
        },
      ],
    };
    expect(
      authorizeWithResourcePolicy(analyst([]), request, OTHER_ACCOUNT, namesTheRole),
    ).toMatchObject({
      allowed: false,
      message: expect.stringContaining(
        'because no identity-based policy allows the kms:Encrypt action',
      ),
    });
    expect(authorizeWithResourcePolicy(analyst(iam), request, OTHER_ACCOUNT, namesTheRole)).toEqual(
      {
        allowed: true,
      },
    );
  });
});
