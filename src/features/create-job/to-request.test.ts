import { describe, expect, it } from 'vitest';
import { type CreateJobFormValues, emptyFormValues } from './form-schema';
import { shellQuote, toCliCommand, toStartTranscriptionJobInput } from './to-request';

const base: CreateJobFormValues = {
  ...emptyFormValues,
  name: 'meeting',
  mediaUri: 's3://media-111122223333/samples/meeting.wav',
};

describe('toStartTranscriptionJobInput', () => {
  it('maps the smallest job', () => {
    expect(toStartTranscriptionJobInput(base)).toEqual({
      TranscriptionJobName: 'meeting',
      Media: { MediaFileUri: 's3://media-111122223333/samples/meeting.wav' },
      LanguageCode: 'en-US',
    });
  });

  it('maps automatic language identification with and without options', () => {
    const identify = { ...base, languageMode: 'identify' as const, languageCode: 'de-DE' };
    expect(toStartTranscriptionJobInput(identify)).toEqual({
      TranscriptionJobName: 'meeting',
      Media: { MediaFileUri: 's3://media-111122223333/samples/meeting.wav' },
      IdentifyLanguage: true,
    });
    expect(
      toStartTranscriptionJobInput({ ...identify, languageOptions: ['en-US', 'es-US'] }),
    ).toMatchObject({ IdentifyLanguage: true, LanguageOptions: ['en-US', 'es-US'] });
    expect(toStartTranscriptionJobInput(identify)).not.toHaveProperty('LanguageCode');
  });

  it('maps a customer bucket, a current-account key, context and tags', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      mediaFormat: 'wav',
      outputLocationType: 'customer',
      outputUri: 's3://transcripts-111122223333/out/',
      encryption: true,
      kmsKeySource: 'current',
      kmsKeyId: '0f1e2d3c-0001-4000-8000-111122223333',
      kmsKeyArn: 'arn:aws:kms:us-east-1:444455556666:alias/ignored',
      encryptionContext: [
        { key: 'team', value: 'analytics' },
        { key: 'purpose', value: 'meetings' },
      ],
      tags: [{ key: 'project', value: 'x' }],
    });
    expect(input).toEqual({
      TranscriptionJobName: 'meeting',
      Media: { MediaFileUri: 's3://media-111122223333/samples/meeting.wav' },
      LanguageCode: 'en-US',
      MediaFormat: 'wav',
      OutputBucketName: 'transcripts-111122223333',
      OutputKey: 'out/',
      OutputEncryptionKMSKeyId: '0f1e2d3c-0001-4000-8000-111122223333',
      KMSEncryptionContext: { team: 'analytics', purpose: 'meetings' },
      Tags: [{ Key: 'project', Value: 'x' }],
    });
  });

  it('sends the ARN as typed for a key of another account, and no OutputKey for a bare bucket', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      outputLocationType: 'customer',
      outputUri: 's3://transcripts-111122223333',
      encryption: true,
      kmsKeySource: 'other',
      kmsKeyId: '0f1e2d3c-0001-4000-8000-111122223333',
      kmsKeyArn: 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics',
    });
    expect(input.OutputEncryptionKMSKeyId).toBe(
      'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics',
    );
    expect(input.OutputBucketName).toBe('transcripts-111122223333');
    expect(input).not.toHaveProperty('OutputKey');
    expect(input).not.toHaveProperty('KMSEncryptionContext');
  });

  it('sends no key member at all with Encryption off', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      outputLocationType: 'customer',
      outputUri: 's3://transcripts-111122223333/out/',
      encryption: false,
      kmsKeyId: '0f1e2d3c-0001-4000-8000-111122223333',
      encryptionContext: [{ key: 'a', value: 'b' }],
    });
    expect(Object.keys(input)).toEqual([
      'TranscriptionJobName',
      'Media',
      'LanguageCode',
      'OutputBucketName',
      'OutputKey',
    ]);
  });

  it('leaves out the output bucket for the service-managed bucket', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      outputLocationType: 'service',
      outputUri: 's3://transcripts-111122223333/out/',
    });
    expect(input).not.toHaveProperty('OutputBucketName');
  });
});

describe('toCliCommand', () => {
  it('renders the same request as the AWS CLI command', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      languageMode: 'identify',
      languageOptions: ['en-US', 'es-US'],
      mediaFormat: 'wav',
      outputLocationType: 'customer',
      outputUri: 's3://transcripts-111122223333/out/',
      encryption: true,
      kmsKeySource: 'other',
      kmsKeyArn: 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics',
      encryptionContext: [{ key: 'team', value: "O'Brien & co" }],
      tags: [{ key: 'project', value: 'q4' }],
    });
    expect(toCliCommand(input, 'us-east-1')).toBe(
      [
        'aws transcribe start-transcription-job \\',
        '  --region us-east-1 \\',
        '  --transcription-job-name meeting \\',
        '  --identify-language \\',
        '  --language-options en-US es-US \\',
        `  --media '{"MediaFileUri":"s3://media-111122223333/samples/meeting.wav"}' \\`,
        '  --media-format wav \\',
        '  --output-bucket-name transcripts-111122223333 \\',
        '  --output-key out/ \\',
        '  --output-encryption-kms-key-id arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics \\',
        `  --kms-encryption-context '{"team":"O'\\''Brien & co"}' \\`,
        `  --tags '[{"Key":"project","Value":"q4"}]'`,
      ].join('\n'),
    );
  });

  it('quotes only what the shell would split or expand', () => {
    expect(shellQuote('abc-1.2/x:y')).toBe('abc-1.2/x:y');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote("s3://b/a'(x)")).toBe("'s3://b/a'\\''(x)'");
  });
});
