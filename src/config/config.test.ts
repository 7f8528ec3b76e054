import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const valid = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_Local0001',
  userPoolClientId: 'localconsoleclient00000001',
  identityPoolId: 'us-east-1:0c0c0c0c-0000-4000-8000-111122223333',
  endpoints: { kms: 'http://127.0.0.1:4566' },
};

describe('parseConfig', () => {
  it('accepts the committed local configuration', () => {
    expect(parseConfig(valid)).toEqual({ ok: true, config: valid });
  });

  it('accepts a configuration without endpoints (real AWS)', () => {
    const { endpoints: _endpoints, ...aws } = valid;
    expect(parseConfig(aws).ok).toBe(true);
  });

  it('names a missing field', () => {
    const { userPoolId: _userPoolId, ...rest } = valid;
    const result = parseConfig(rest);
    expect(result).toMatchObject({ ok: false, problems: ['userPoolId: is missing'] });
  });

  it('names each wrong field with what it must be', () => {
    const result = parseConfig({ ...valid, region: 'Virginia', endpoints: { kms: 'ftp://x' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'region: must be an AWS Region such as us-east-1',
      'endpoints.kms: must be an http or https URL',
    ]);
  });

  it('rejects an unknown endpoint name, naming the ones it knows', () => {
    const result = parseConfig({ ...valid, endpoints: { dynamodb: 'http://x' } });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        'endpoints.dynamodb: is not one of cognitoIdp, cognitoIdentity, kms, transcribe, s3, sts',
      ],
    });
  });

  it('says what a field of the wrong type must be', () => {
    expect(parseConfig({ ...valid, region: 1, endpoints: { s3: 'not a url' } })).toMatchObject({
      ok: false,
      problems: [
        'region: must be an AWS Region such as us-east-1',
        'endpoints.s3: must be an http or https URL',
      ],
    });
    expect(parseConfig({ ...valid, endpoints: 'http://x' })).toMatchObject({
      problems: ['endpoints: must be an object'],
    });
  });

  it('refuses a file that is not an object', () => {
    expect(parseConfig([valid])).toMatchObject({
      ok: false,
      problems: ['(the whole file): must be a JSON object'],
    });
  });

  it('keeps only the members it knows', () => {
    expect(parseConfig({ ...valid, comment: 'local' })).toEqual({ ok: true, config: valid });
  });
});
