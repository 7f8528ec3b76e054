import { describe, expect, it } from 'vitest';
import {
  emptyKmsKeyFields,
  encryptionContextIssues,
  encryptionContextOf,
  keyFieldOf,
  kmsKeyIssues,
  kmsKeyReference,
} from './kms-key-fields';

const scope = { region: 'us-east-1', accountId: '111122223333' };
const OWN_KEY_ID = '0f1e2d3c-0001-4000-8000-111122223333';
const SHARED_ALIAS_ARN = 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics';

describe('the KMS key fields', () => {
  it('asks for a key on the field the key is chosen in', () => {
    expect(kmsKeyIssues(emptyKmsKeyFields, scope)).toEqual([
      { path: ['kmsKeyId'], message: 'Choose a KMS key, or turn off Encryption.' },
    ]);
    expect(kmsKeyIssues({ ...emptyKmsKeyFields, kmsKeySource: 'other' }, scope)).toEqual([
      { path: ['kmsKeyArn'], message: 'Enter the ARN of a KMS key or alias.' },
    ]);
    expect(keyFieldOf('current')).toBe('kmsKeyId');
    expect(keyFieldOf('other')).toBe('kmsKeyArn');
  });

  it("names the resource the key serves in the ARN's messages", () => {
    const wrongRegion = {
      ...emptyKmsKeyFields,
      kmsKeySource: 'other' as const,
      kmsKeyArn: SHARED_ALIAS_ARN.replace('us-east-1', 'eu-west-1'),
    };
    expect(kmsKeyIssues(wrongRegion, scope)[0]?.message).toBe(
      "The key is in Region eu-west-1, but the job runs in us-east-1. KMS keys must be in the job's Region.",
    );
    const vocabulary = { name: 'vocabulary', plural: 'vocabularies' };
    expect(kmsKeyIssues(wrongRegion, { ...scope, resource: vocabulary })[0]?.message).toMatch(
      /KMS keys must be in the vocabulary's Region\.$/,
    );
  });

  it('puts each context problem on its pair and part', () => {
    expect(
      encryptionContextIssues([
        { key: 'team', value: 'analytics' },
        { key: 'team', value: ' ' },
        { key: '', value: 'x'.repeat(2001) },
      ]),
    ).toEqual([
      { path: ['encryptionContext', 1, 'key'], message: 'The key "team" is already used.' },
      { path: ['encryptionContext', 1, 'value'], message: 'The value cannot be only spaces.' },
      { path: ['encryptionContext', 2, 'key'], message: 'Enter a key.' },
      {
        path: ['encryptionContext', 2, 'value'],
        message: 'The value can be at most 2000 characters; it has 2001.',
      },
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(encryptionContextIssues(eleven)).toEqual([
      { path: ['encryptionContext'], message: 'Up to 10 pairs are allowed.' },
    ]);
  });

  it("holds a custom resource's context to printable ASCII, with its own messages", () => {
    const pairs = [
      { key: 'team', value: 'équipe' },
      { key: 'tab\there', value: 'ok' },
      { key: 'plain ~!', value: 'all:/ printable' },
    ];
    expect(encryptionContextIssues(pairs)).toEqual([]);
    expect(encryptionContextIssues(pairs, 'printable-ascii')).toEqual([
      {
        path: ['encryptionContext', 0, 'value'],
        message:
          'The value can use only printable ASCII characters: letters, digits, spaces and punctuation such as - _ . : /. It has "é".',
      },
      {
        path: ['encryptionContext', 1, 'key'],
        message:
          'The key can use only printable ASCII characters: letters, digits, spaces and punctuation such as - _ . : /. It has a control character (U+0009).',
      },
    ]);
    const values = {
      ...emptyKmsKeyFields,
      kmsKeyId: OWN_KEY_ID,
      encryptionContext: [{ key: 'ключ', value: 'v' }],
    };
    expect(kmsKeyIssues(values, { ...scope, contextCharacters: 'printable-ascii' })).toHaveLength(
      1,
    );
    expect(kmsKeyIssues(values, scope)).toEqual([]);
  });

  it('names the key and the context as the request takes them', () => {
    expect(kmsKeyReference({ ...emptyKmsKeyFields, kmsKeyId: OWN_KEY_ID })).toBe(OWN_KEY_ID);
    expect(
      kmsKeyReference({
        ...emptyKmsKeyFields,
        kmsKeySource: 'other',
        kmsKeyId: OWN_KEY_ID,
        kmsKeyArn: `  ${SHARED_ALIAS_ARN} `,
      }),
    ).toBe(SHARED_ALIAS_ARN);
    expect(kmsKeyReference(emptyKmsKeyFields)).toBeUndefined();
    expect(encryptionContextOf([])).toBeUndefined();
    expect(encryptionContextOf([{ key: 'team', value: 'analytics' }])).toEqual({
      team: 'analytics',
    });
  });
});
