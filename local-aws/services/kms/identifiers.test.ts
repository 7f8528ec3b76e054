import { describe, expect, it } from 'vitest';
import { CURRENT_ACCOUNT, OTHER_ACCOUNT, SEEDED_KEYS } from '../../seed/ids';
import { checkAliasName, isKeyId, parseKeyIdentifier } from './identifiers';

describe('parseKeyIdentifier', () => {
  it('tells the five forms apart', () => {
    expect(parseKeyIdentifier(SEEDED_KEYS.transcribeOutput)).toEqual({
      kind: 'key-id',
      keyId: SEEDED_KEYS.transcribeOutput,
    });
    expect(parseKeyIdentifier('mrk-1234567890abcdef1234567890abcdef')).toEqual({
      kind: 'key-id',
      keyId: 'mrk-1234567890abcdef1234567890abcdef',
    });
    expect(parseKeyIdentifier('alias/aws/s3')).toEqual({
      kind: 'alias-name',
      aliasName: 'alias/aws/s3',
    });
    expect(
      parseKeyIdentifier(
        `arn:aws:kms:eu-west-1:${OTHER_ACCOUNT}:key/${SEEDED_KEYS.sharedWithAnalytics}`,
      ),
    ).toEqual({
      kind: 'key-arn',
      partition: 'aws',
      region: 'eu-west-1',
      accountId: OTHER_ACCOUNT,
      keyId: SEEDED_KEYS.sharedWithAnalytics,
    });
    expect(parseKeyIdentifier(`arn:aws-cn:kms:cn-north-1:${OTHER_ACCOUNT}:alias/a:b`)).toEqual({
      kind: 'alias-arn',
      partition: 'aws-cn',
      region: 'cn-north-1',
      accountId: OTHER_ACCOUNT,
      aliasName: 'alias/a:b',
    });
  });

  it('marks malformed identifiers invalid', () => {
    for (const value of [
      'not-a-key',
      '0f1e2d3c-0001-4000-8000-11112222333',
      'mrk-123',
      'mrk-1234567890abcdef1234567890abcdeg',
    ])
      expect(parseKeyIdentifier(value)).toEqual({ kind: 'invalid', isArn: false });
    for (const value of [
      'arn:aws:s3:::bucket',
      `arn:aws:kms:us-east-1:1111:key/${SEEDED_KEYS.transcribeOutput}`,
      `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}:key/nope`,
      `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}:alias/`,
      `arn:aws:kms::${CURRENT_ACCOUNT}:alias/x`,
      'arn:aws:kms',
    ])
      expect(parseKeyIdentifier(value)).toEqual({ kind: 'invalid', isArn: true });
  });

  it('recognises key IDs case-insensitively', () => {
    expect(isKeyId(`0F1E2D3C-0001-4000-8000-${CURRENT_ACCOUNT}`)).toBe(true);
    expect(isKeyId('alias/x')).toBe(false);
  });
});

describe('checkAliasName', () => {
  it('accepts customer alias names and refuses the rest', () => {
    expect(checkAliasName('alias/my-key_1:2/x')).toBeUndefined();
    expect(checkAliasName('my-key')).toEqual({ kind: 'prefix' });
    expect(checkAliasName('alias/')).toEqual({ kind: 'prefix' });
    expect(checkAliasName('alias/aws/s3')).toEqual({ kind: 'reserved' });
    expect(checkAliasName('alias/with space')).toEqual({ kind: 'pattern' });
    expect(checkAliasName(`alias/${'a'.repeat(251)}`)).toEqual({ kind: 'length' });
  });
});
