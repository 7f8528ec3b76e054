import { describe, expect, it } from 'vitest';
import {
  authorizeIdentity,
  authorizeWithResourcePolicy,
  evaluateIdentity,
  wildcardMatch,
} from './iam';
import type { PolicyDocument, Principal } from './types';

const analyst = (policies: PolicyDocument[]): Principal => ({
  type: 'assumed-role',
  accountId: '111122223333',
  arn: 'arn:aws:sts::111122223333:assumed-role/TranscribeAnalyst/s',
  userId: 'AROA:s',
  accessKeyId: 'ASIA',
  roleArn: 'arn:aws:iam::111122223333:role/TranscribeAnalyst',
  policies,
});

const allow = (Action: string | string[], Resource: string | string[]): PolicyDocument => ({
  Statement: [{ Effect: 'Allow', Action, Resource }],
});

const sharedKey = 'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';
const ownKey = 'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-0001-4000-8000-111122223333';

describe('wildcardMatch', () => {
  it('matches * and ? and nothing else', () => {
    expect(wildcardMatch('arn:aws:kms:*:111122223333:key/*', ownKey)).toBe(true);
    expect(wildcardMatch('arn:aws:kms:*:111122223333:key/*', sharedKey)).toBe(false);
    expect(wildcardMatch('kms:Encr?pt', 'kms:Encrypt')).toBe(true);
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
    expect(wildcardMatch('KMS:encrypt', 'kms:Encrypt', true)).toBe(true);
  });
});

describe('identity policies', () => {
  it('allows what a statement allows and nothing more', () => {
    const policies = [allow('kms:Encrypt', 'arn:aws:kms:*:111122223333:key/*')];
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
      message: `User: arn:aws:sts::111122223333:assumed-role/TranscribeAnalyst/s is not authorized to perform: kms:Encrypt on resource: ${ownKey} with an explicit deny in an identity-based policy`,
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
        '111122223333',
        rootPolicy('111122223333'),
      ),
    ).toEqual({
      allowed: true,
    });
    expect(
      authorizeWithResourcePolicy(analyst([]), request, '111122223333', rootPolicy('111122223333'))
        .allowed,
    ).toBe(false);
  });

  it('same account: a key policy naming the role directly needs no IAM policy', () => {
    const policy: PolicyDocument = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/TranscribeAnalyst' },
          Action: 'kms:Encrypt',
          Resource: '*',
        },
      ],
    };
    expect(
      authorizeWithResourcePolicy(
        analyst([]),
        { action: 'kms:Encrypt', resource: ownKey },
        '111122223333',
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
        ...(rootPolicy('444455556666').Statement as []),
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          Resource: '*',
        },
      ],
    };
    expect(authorizeWithResourcePolicy(analyst(iam), request, '444455556666', shared)).toEqual({
      allowed: true,
    });
    expect(authorizeWithResourcePolicy(analyst([]), request, '444455556666', shared)).toMatchObject(
      {
        allowed: false,
        message: expect.stringContaining(
          'because no identity-based policy allows the kms:Encrypt action',
        ),
      },
    );
    expect(
      authorizeWithResourcePolicy(
        analyst(iam),
        request,
        '444455556666',
        rootPolicy('444455556666'),
      ),
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
        '444455556666',
        shared,
      ).allowed,
    ).toBe(false);
  });
});
