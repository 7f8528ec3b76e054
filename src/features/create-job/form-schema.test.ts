import { describe, expect, it } from 'vitest';
import {
  createJobSchema,
  type CreateJobFormValues,
  emptyFormValues,
  firstErrorPath,
  nameProblem,
} from './form-schema';
import { checkMediaUri, checkOutputUri } from '@/lib/s3/s3-uri';

const schema = createJobSchema({ region: 'us-east-1', accountId: '111122223333' });

const valid: CreateJobFormValues = {
  ...emptyFormValues,
  name: 'meeting-2026.11_28',
  mediaUri: 's3://media-111122223333/samples/meeting.wav',
};

function errorsOf(values: Partial<CreateJobFormValues>): Record<string, string> {
  const result = schema.safeParse({ ...valid, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('Name', () => {
  it('accepts the allowed characters up to 200', () => {
    expect(errorsOf({ name: 'a' })).toEqual({});
    expect(errorsOf({ name: 'A.b_c-9'.repeat(28) + 'abcd' })).toEqual({});
  });

  const badNames: [string, RegExp][] = [
    ['', /Enter a name/],
    ['a'.repeat(201), /at most 200 characters; it has 201/],
    ['my job', /cannot contain spaces/],
    ['job\t1', /cannot contain spaces/],
    ['test/key', /cannot contain "\/"/],
    ['job:1', /cannot contain ":"/],
    ['jöb', /cannot contain "ö"/],
    ['<b>x</b>', /cannot contain "<", ">", "\/"/],
    ['a*b*c', /cannot contain "\*"\./],
  ];
  it.each(badNames)('refuses %j', (name, message) => {
    expect(errorsOf({ name }).name).toMatch(message);
    expect(nameProblem(name)).toMatch(message);
  });
});

describe('S3 locations', () => {
  const badMedia: [string, RegExp][] = [
    ['', /Enter the S3 location of the media file/],
    ['media-111122223333/samples/meeting.wav', /starts with s3:\/\//],
    ['https://media.s3.amazonaws.com/a.wav', /starts with s3:\/\//],
    ['S3://media-111122223333/a.wav', /lower case/],
    ['s3://', /bucket name is missing/],
    ['s3:///a.wav', /bucket name is missing/],
    ['s3://ab/a.wav', /3–63 characters long; "ab" has 2/],
    [`s3://${'b'.repeat(64)}/a.wav`, /has 64/],
    ['s3://Media/a.wav', /capital letters/],
    ['s3://media_bucket/a.wav', /only lower-case letters, digits, periods/],
    ['s3://-media/a.wav', /begin and end with a letter or digit/],
    ['s3://media../a.wav', /begin and end/],
    ['s3://me..dia/a.wav', /two periods in a row/],
    ['s3://media-111122223333', /Add the media file's key/],
    ['s3://media-111122223333/', /Add the media file's key/],
    ['s3://media-111122223333/samples/', /Add the media file's key/],
    ['s3://media-111122223333/my file.wav', /cannot contain spaces/],
    [`s3://media-111122223333/${'k'.repeat(2000)}`, /at most 2000 characters/],
  ];
  it.each(badMedia)('refuses the media location %j', (mediaUri, message) => {
    expect(errorsOf({ mediaUri }).mediaUri).toMatch(message);
  });

  it('splits a media location', () => {
    expect(checkMediaUri(' s3://media-111122223333/samples/a b.wav')).toMatchObject({ ok: false });
    expect(checkMediaUri('s3://media-111122223333/samples/meeting.wav')).toEqual({
      ok: true,
      value: { bucket: 'media-111122223333', key: 'samples/meeting.wav' },
    });
  });

  const customer = { outputLocationType: 'customer' as const };
  const badOutput: [string, RegExp][] = [
    ['', /Enter the S3 location for the output/],
    ['transcripts-111122223333/out/', /starts with s3:\/\//],
    ['s3://Transcripts/out/', /capital letters/],
    ['s3://t/out/', /3–63 characters/],
    ['s3://transcripts-111122223333/out put/', /can contain only letters, digits, slashes/],
    ['s3://transcripts-111122223333/out?x', /can contain only letters/],
    ['s3://transcripts-111122223333/é/', /can contain only letters/],
    [`s3://transcripts-111122223333/${'k'.repeat(1025)}`, /at most 1024 characters; it has 1025/],
  ];
  it.each(badOutput)('refuses the output location %j', (outputUri, message) => {
    expect(errorsOf({ ...customer, outputUri }).outputUri).toMatch(message);
  });

  it('maps the output location to bucket and key', () => {
    expect(checkOutputUri('s3://transcripts-111122223333')).toEqual({
      ok: true,
      value: { bucket: 'transcripts-111122223333' },
    });
    expect(checkOutputUri('s3://transcripts-111122223333/')).toEqual({
      ok: true,
      value: { bucket: 'transcripts-111122223333' },
    });
    expect(checkOutputUri("s3://transcripts-111122223333/a/b-c_d.e!f*g'(h)/")).toEqual({
      ok: true,
      value: { bucket: 'transcripts-111122223333', key: "a/b-c_d.e!f*g'(h)/" },
    });
  });

  it('ignores the output location while the service-managed bucket is chosen', () => {
    expect(errorsOf({ outputLocationType: 'service', outputUri: 'nonsense' })).toEqual({});
  });
});

describe('Languages', () => {
  it('needs a known language code', () => {
    expect(errorsOf({ languageCode: 'xx-XX' }).languageCode).toMatch(/Choose the language/);
  });
  it('takes none or two and more language options', () => {
    const identify = { languageMode: 'identify' as const };
    expect(errorsOf({ ...identify, languageOptions: [] })).toEqual({});
    expect(errorsOf({ ...identify, languageOptions: ['en-US', 'es-US'] })).toEqual({});
    expect(errorsOf({ ...identify, languageOptions: ['en-US'] }).languageOptions).toMatch(
      /at least two/,
    );
    expect(errorsOf({ ...identify, languageOptions: ['en-US', 'zz'] }).languageOptions).toMatch(
      /Unknown language codes: zz/,
    );
  });
});

describe('Encryption', () => {
  const encrypted = {
    outputLocationType: 'customer' as const,
    outputUri: 's3://transcripts-111122223333/out/',
    encryption: true,
    kmsKeyId: '0f1e2d3c-0001-4000-8000-111122223333',
  };

  it('needs a customer specified bucket for a KMS key', () => {
    expect(errorsOf({ ...encrypted, outputLocationType: 'service' }).outputLocationType).toMatch(
      /needs a customer specified S3 bucket/,
    );
  });

  it('needs a key from the list, or a valid ARN', () => {
    expect(errorsOf(encrypted)).toEqual({});
    expect(errorsOf({ ...encrypted, kmsKeyId: '' }).kmsKeyId).toMatch(/Choose a KMS key/);
    expect(
      errorsOf({ ...encrypted, kmsKeySource: 'other', kmsKeyArn: 'alias/private' }).kmsKeyArn,
    ).toMatch(/not an ARN/);
    expect(
      errorsOf({
        ...encrypted,
        kmsKeySource: 'other',
        kmsKeyArn: 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics',
      }),
    ).toEqual({});
  });

  const pairs = (...entries: [string, string][]) => entries.map(([key, value]) => ({ key, value }));
  const badContexts: [string, { key: string; value: string }[], string, RegExp][] = [
    ['an empty key', pairs(['', 'v']), 'encryptionContext.0.key', /Enter a key/],
    ['an empty value', pairs(['k', '']), 'encryptionContext.0.value', /Enter a value/],
    ['a blank key', pairs(['  ', 'v']), 'encryptionContext.0.key', /key cannot be only spaces/],
    [
      'a blank value',
      pairs(['k', '\t ']),
      'encryptionContext.0.value',
      /value cannot be only spaces/,
    ],
    [
      'a long key',
      pairs(['k'.repeat(2001), 'v']),
      'encryptionContext.0.key',
      /key can be at most 2000 characters; it has 2001/,
    ],
    [
      'a long value',
      pairs(['k', 'v'.repeat(2001)]),
      'encryptionContext.0.value',
      /value can be at most 2000/,
    ],
    [
      'a repeated key',
      pairs(['k', '1'], ['k', '2']),
      'encryptionContext.1.key',
      /"k" is already used/,
    ],
    [
      'eleven pairs',
      Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: 'v' })),
      'encryptionContext',
      /Up to 10 pairs/,
    ],
  ];
  it.each(badContexts)(
    'refuses %s in the encryption context',
    (_, encryptionContext, path, message) => {
      expect(errorsOf({ ...encrypted, encryptionContext })[path]).toMatch(message);
    },
  );

  it('accepts 10 pairs of 2000 characters', () => {
    const encryptionContext = Array.from({ length: 10 }, (_, i) => ({
      key: `${i}`.padEnd(2000, 'k'),
      value: ' v '.padEnd(2000, 'v'),
    }));
    expect(errorsOf({ ...encrypted, encryptionContext })).toEqual({});
  });

  it('ignores the key and context while Encryption is off', () => {
    expect(
      errorsOf({ kmsKeySource: 'other', kmsKeyArn: 'x', encryptionContext: pairs(['', '']) }),
    ).toEqual({});
  });
});

describe('Tags', () => {
  it('checks keys and values', () => {
    expect(errorsOf({ tags: [{ key: 'team', value: '' }] })).toEqual({});
    expect(errorsOf({ tags: [{ key: '', value: 'x' }] })['tags.0.key']).toMatch(/Enter a tag key/);
    expect(errorsOf({ tags: [{ key: 'aws:x', value: '' }] })['tags.0.key']).toMatch(/reserved/);
    expect(errorsOf({ tags: [{ key: 'k'.repeat(129), value: '' }] })['tags.0.key']).toMatch(/128/);
    expect(errorsOf({ tags: [{ key: 'k', value: 'v'.repeat(257) }] })['tags.0.value']).toMatch(
      /256/,
    );
    expect(
      errorsOf({
        tags: [
          { key: 'k', value: '1' },
          { key: 'k', value: '2' },
        ],
      })['tags.1.key'],
    ).toMatch(/already used/);
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(errorsOf({ tags: many }).tags).toMatch(/Up to 50 tags/);
  });

  it('reserves aws: in any case', () => {
    for (const key of ['AWS:x', 'Aws:x', 'aWs:x'])
      expect(errorsOf({ tags: [{ key, value: '' }] })['tags.0.key'], key).toMatch(/reserved/);
  });

  it('accepts exactly 50 tags, the most a job may have', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(errorsOf({ tags: fifty })).toEqual({});
  });
});

describe('firstErrorPath', () => {
  it('picks the first field on the page', () => {
    expect(firstErrorPath(['tags.0.key', 'mediaUri', 'kmsKeyArn'])).toBe('mediaUri');
    expect(firstErrorPath(['encryptionContext.10.key', 'encryptionContext.2.value'])).toBe(
      'encryptionContext.2.value',
    );
    expect(firstErrorPath([])).toBeUndefined();
  });
});
