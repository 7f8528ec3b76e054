import { describe, expect, it } from 'vitest';
import { aliasNameOf, aliasOfKey, keyAccountOf, keyArnsIn, splitAtKeyArns } from './key-names';

const OWN = '111122223333';
const OWN_KEY = `arn:aws:kms:us-east-1:${OWN}:key/0f1e2d3c-0001-4000-8000-111122223333`;
const OTHER_KEY = 'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';
const OTHER_ALIAS = 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics';

describe('aliasOfKey', () => {
  it('uses the alias the analyst chose when it names this key', () => {
    expect(
      aliasOfKey(OWN_KEY, OWN, {
        alias: 'alias/transcribe-output',
        keyRef: '0f1e2d3c-0001-4000-8000-111122223333',
      }),
    ).toEqual({ alias: 'alias/transcribe-output', lookUp: false });
    expect(aliasOfKey(OTHER_KEY, OWN, { alias: OTHER_ALIAS, keyRef: OTHER_ALIAS })).toEqual({
      alias: OTHER_ALIAS,
      lookUp: false,
    });
  });
  it('ignores an alias given for another key', () => {
    expect(aliasOfKey(OTHER_KEY, OWN, { alias: 'alias/x', keyRef: OWN_KEY })).toEqual({
      lookUp: false,
    });
  });
  it("looks up the own account's keys only", () => {
    expect(aliasOfKey(OWN_KEY, OWN)).toEqual({ lookUp: true });
    expect(aliasOfKey(OTHER_KEY, OWN)).toEqual({ lookUp: false });
    expect(aliasOfKey(OWN_KEY, undefined)).toEqual({ lookUp: false });
  });
});

describe('key ARNs in text', () => {
  const reason = `The KMS key ${OWN_KEY} is disabled. Enable the key or choose a different key and try your request again.`;
  it('finds each key ARN once', () => {
    expect(keyArnsIn(`${reason} ${reason}`)).toEqual([OWN_KEY]);
    expect(keyArnsIn('no key here')).toEqual([]);
  });
  it('cuts the text around them', () => {
    expect(splitAtKeyArns(reason)).toEqual([
      { text: 'The KMS key ' },
      { keyArn: OWN_KEY },
      {
        text: ' is disabled. Enable the key or choose a different key and try your request again.',
      },
    ]);
    expect(splitAtKeyArns(OWN_KEY)).toEqual([{ keyArn: OWN_KEY }]);
  });
});

describe('names', () => {
  it('reads the account of a key ARN and the alias name of an alias ARN', () => {
    expect(keyAccountOf(OTHER_KEY)).toBe('444455556666');
    expect(keyAccountOf(OTHER_ALIAS)).toBeUndefined();
    expect(keyAccountOf('0f1e2d3c-0001-4000-8000-111122223333')).toBeUndefined();
    expect(aliasNameOf(OTHER_ALIAS)).toBe('alias/shared-with-analytics');
    expect(aliasNameOf('alias/transcribe-output')).toBe('alias/transcribe-output');
  });
});
