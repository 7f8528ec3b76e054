import type { StartTranscriptionJobRequest } from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { startRequestProblem } from './request-rules';

const base: StartTranscriptionJobRequest = {
  TranscriptionJobName: 'job',
  LanguageCode: 'en-US',
  Media: { MediaFileUri: 's3://media/a.wav' },
};

describe('StartTranscriptionJob rules across members', () => {
  it('accepts a plain request', () => {
    expect(startRequestProblem(base)).toBeUndefined();
    expect(
      startRequestProblem({
        ...base,
        OutputBucketName: 'out',
        OutputKey: 'x/',
        OutputEncryptionKMSKeyId: 'alias/k',
        KMSEncryptionContext: { a: 'b' },
      }),
    ).toBeUndefined();
  });

  it('refuses . and .. as job names', () => {
    expect(startRequestProblem({ ...base, TranscriptionJobName: '.' })).toMatch(/by itself/);
    expect(startRequestProblem({ ...base, TranscriptionJobName: '..' })).toMatch(/by itself/);
    expect(startRequestProblem({ ...base, TranscriptionJobName: '...' })).toBeUndefined();
  });

  it('needs exactly one way to choose the language', () => {
    expect(startRequestProblem({ ...base, LanguageCode: undefined })).toMatch(
      /one of LanguageCode/,
    );
    expect(startRequestProblem({ ...base, IdentifyLanguage: true })).toMatch(/only one of/);
    expect(
      startRequestProblem({
        ...base,
        LanguageCode: undefined,
        IdentifyLanguage: true,
        IdentifyMultipleLanguages: true,
      }),
    ).toMatch(/only one of/);
    expect(
      startRequestProblem({ ...base, LanguageCode: undefined, IdentifyLanguage: false }),
    ).toMatch(/one of LanguageCode/);
  });

  it('checks LanguageOptions', () => {
    const identify = { ...base, LanguageCode: undefined, IdentifyLanguage: true };
    expect(startRequestProblem({ ...base, LanguageOptions: ['en-US', 'de-DE'] })).toMatch(
      /LanguageOptions can only be used/,
    );
    expect(startRequestProblem({ ...identify, LanguageOptions: ['en-US'] })).toMatch(
      /at least two/,
    );
    expect(startRequestProblem({ ...identify, LanguageOptions: ['en-US', 'en-US'] })).toMatch(
      /duplicate/,
    );
    expect(
      startRequestProblem({ ...identify, LanguageOptions: ['en-US', 'de-DE'] }),
    ).toBeUndefined();
    expect(
      startRequestProblem({
        ...identify,
        LanguageOptions: ['en-US', 'de-DE'],
        LanguageIdSettings: { 'fr-FR': {} },
      }),
    ).toMatch(/fr-FR in LanguageIdSettings/);
  });

  it('ties output members to the bucket and the key', () => {
    expect(startRequestProblem({ ...base, OutputKey: 'x' })).toMatch(
      /OutputBucketName when you specify an OutputKey/,
    );
    expect(startRequestProblem({ ...base, OutputEncryptionKMSKeyId: 'alias/k' })).toMatch(
      /OutputBucketName when you specify an OutputEncryptionKMSKeyId/,
    );
    expect(
      startRequestProblem({ ...base, OutputBucketName: 'out', KMSEncryptionContext: { a: 'b' } }),
    ).toMatch(/OutputEncryptionKMSKeyId when you specify a KMSEncryptionContext/);
  });

  it('refuses media that is not an S3 location', () => {
    expect(
      startRequestProblem({ ...base, Media: { MediaFileUri: 'https://example.com/a.wav' } }),
    ).toMatch(/S3 URI that you provided isn't valid/);
  });

  it('checks settings that go together', () => {
    expect(startRequestProblem({ ...base, Settings: { ShowSpeakerLabels: true } })).toMatch(
      /MaxSpeakerLabels/,
    );
    expect(
      startRequestProblem({
        ...base,
        Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 2, ChannelIdentification: true },
      }),
    ).toMatch(/ChannelIdentification/);
    expect(startRequestProblem({ ...base, Settings: { MaxAlternatives: 2 } })).toMatch(
      /ShowAlternatives/,
    );
    expect(
      startRequestProblem({ ...base, JobExecutionSettings: { AllowDeferredExecution: true } }),
    ).toMatch(/DataAccessRoleArn/);
  });
});
