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
        `  --media '{"MediaFileUri":"s3://media-111122223333/samples/meeting.wav"}' \\`,
        '  --media-format wav \\',
        '  --output-bucket-name transcripts-111122223333 \\',
        '  --output-key out/ \\',
        '  --output-encryption-kms-key-id arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics \\',
        `  --kms-encryption-context '{"team":"O'\\''Brien & co"}' \\`,
        '  --identify-language \\',
        '  --language-options en-US es-US \\',
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

describe('job options in the request', () => {
  it('sends every option as the API names it, members in the model’s order', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      outputLocationType: 'customer',
      outputUri: 's3://transcripts-111122223333/out/',
      modelType: 'custom',
      languageModelName: 'support-calls-model',
      audioIdentification: true,
      audioIdentificationType: 'speakers',
      maxSpeakers: '4',
      alternatives: true,
      maxAlternatives: '3',
      toxicityDetection: true,
      vocabularyFiltering: true,
      vocabularyFilterName: 'profanity-filter',
      vocabularyFilterMethod: 'tag',
      piiRedaction: true,
      redactionOutput: 'redacted_and_unredacted',
      piiEntityScope: 'specific',
      piiEntityTypes: ['NAME', 'SSN'],
      customVocabulary: true,
      vocabularyName: 'meeting-terms',
      subtitleFormats: ['vtt', 'srt'],
      subtitleStartIndex: '1',
      tags: [{ key: 'team', value: 'a' }],
    });
    // The SDK writes members in this order: the preview's JSON is the body's.
    expect(JSON.stringify(input)).toBe(
      JSON.stringify({
        TranscriptionJobName: 'meeting',
        Media: { MediaFileUri: 's3://media-111122223333/samples/meeting.wav' },
        LanguageCode: 'en-US',
        OutputBucketName: 'transcripts-111122223333',
        OutputKey: 'out/',
        Settings: {
          VocabularyName: 'meeting-terms',
          ShowSpeakerLabels: true,
          MaxSpeakerLabels: 4,
          ShowAlternatives: true,
          MaxAlternatives: 3,
          VocabularyFilterName: 'profanity-filter',
          VocabularyFilterMethod: 'tag',
        },
        ModelSettings: { LanguageModelName: 'support-calls-model' },
        ContentRedaction: {
          RedactionType: 'PII',
          RedactionOutput: 'redacted_and_unredacted',
          PiiEntityTypes: ['NAME', 'SSN'],
        },
        Subtitles: { Formats: ['srt', 'vtt'], OutputStartIndex: 1 },
        Tags: [{ Key: 'team', Value: 'a' }],
        ToxicityDetection: [{ ToxicityCategories: ['ALL'] }],
      }),
    );
    expect(toCliCommand(input, 'us-east-1').split(' \\\n')).toEqual([
      'aws transcribe start-transcription-job',
      '  --region us-east-1',
      '  --transcription-job-name meeting',
      `  --media '{"MediaFileUri":"s3://media-111122223333/samples/meeting.wav"}'`,
      '  --language-code en-US',
      '  --output-bucket-name transcripts-111122223333',
      '  --output-key out/',
      `  --settings '{"VocabularyName":"meeting-terms","ShowSpeakerLabels":true,"MaxSpeakerLabels":4,"ShowAlternatives":true,"MaxAlternatives":3,"VocabularyFilterName":"profanity-filter","VocabularyFilterMethod":"tag"}'`,
      `  --model-settings '{"LanguageModelName":"support-calls-model"}'`,
      `  --content-redaction '{"RedactionType":"PII","RedactionOutput":"redacted_and_unredacted","PiiEntityTypes":["NAME","SSN"]}'`,
      `  --subtitles '{"Formats":["srt","vtt"],"OutputStartIndex":1}'`,
      `  --tags '[{"Key":"team","Value":"a"}]'`,
      `  --toxicity-detection '[{"ToxicityCategories":["ALL"]}]'`,
    ]);
  });

  it('channels, all entity types, and nothing of what is turned off', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      audioIdentification: true,
      audioIdentificationType: 'channels',
      maxSpeakers: '5',
      piiRedaction: true,
      piiEntityTypes: ['NAME'],
      vocabularyName: 'left-over',
      customVocabulary: false,
      languageModelName: 'left-over',
    });
    expect(input.Settings).toEqual({ ChannelIdentification: true });
    expect(input.ContentRedaction).toEqual({ RedactionType: 'PII', RedactionOutput: 'redacted' });
    expect(input).not.toHaveProperty('ModelSettings');
  });

  it('per-language vocabularies and filters with multiple-language identification', () => {
    const input = toStartTranscriptionJobInput({
      ...base,
      languageMode: 'identify-multiple',
      languageOptions: ['en-US', 'es-US'],
      customVocabulary: true,
      vocabularyName: 'ignored-here',
      vocabularyFiltering: true,
      vocabularyFilterMethod: 'mask',
      languageIdSettings: {
        'en-US': { vocabularyName: 'meeting-terms', vocabularyFilterName: 'profanity-filter' },
        'es-US': { vocabularyName: '', vocabularyFilterName: 'filtro-soporte' },
        'fr-FR': { vocabularyName: 'no-longer-an-option', vocabularyFilterName: '' },
      },
    });
    expect(JSON.stringify(input)).toBe(
      JSON.stringify({
        TranscriptionJobName: 'meeting',
        Media: { MediaFileUri: 's3://media-111122223333/samples/meeting.wav' },
        Settings: { VocabularyFilterMethod: 'mask' },
        IdentifyMultipleLanguages: true,
        LanguageOptions: ['en-US', 'es-US'],
        LanguageIdSettings: {
          'en-US': { VocabularyName: 'meeting-terms', VocabularyFilterName: 'profanity-filter' },
          'es-US': { VocabularyFilterName: 'filtro-soporte' },
        },
      }),
    );
    expect(toCliCommand(input, 'us-east-1')).toContain('  --identify-multiple-languages \\\n');
  });
});
