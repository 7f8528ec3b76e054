import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { emptyJobOptions, type JobOptionValues, type OptionRuleInput } from './job-options';
import { toOptionMembers } from './job-options-request';
import { jobOptionValuesFromJob } from './options-from-job';

/** The job GetTranscriptionJob would return for a form's options: what the request sent. */
const jobFor = (values: OptionRuleInput): TranscriptionJob => ({
  TranscriptionJobName: 'copied',
  ...toOptionMembers(values),
});

const specific = (options: Partial<JobOptionValues>): OptionRuleInput => ({
  ...emptyJobOptions,
  languageMode: 'specific',
  languageCode: 'en-US',
  languageOptions: [],
  ...options,
});

describe('jobOptionValuesFromJob', () => {
  it('is empty for a job started without options', () => {
    expect(jobOptionValuesFromJob({ TranscriptionJobName: 'plain' })).toEqual(emptyJobOptions);
  });

  it('gives back every option a job with a specific language was started with', () => {
    const options: Partial<JobOptionValues> = {
      modelType: 'custom',
      languageModelName: 'claims-model',
      audioIdentification: true,
      audioIdentificationType: 'speakers',
      maxSpeakers: '4',
      alternatives: true,
      maxAlternatives: '3',
      toxicityDetection: true,
      vocabularyFiltering: true,
      vocabularyFilterName: 'profanity',
      vocabularyFilterMethod: 'tag',
      piiRedaction: true,
      redactionOutput: 'redacted_and_unredacted',
      piiEntityScope: 'specific',
      piiEntityTypes: ['NAME', 'SSN'],
      customVocabulary: true,
      vocabularyName: 'bank-terms',
      subtitleFormats: ['srt', 'vtt'],
      subtitleStartIndex: '1',
    };
    expect(jobOptionValuesFromJob(jobFor(specific(options)))).toEqual({
      ...emptyJobOptions,
      ...options,
    });
  });

  it('gives back channel identification, all PII types, and the per-language choices', () => {
    const options: Partial<JobOptionValues> = {
      audioIdentification: true,
      audioIdentificationType: 'channels',
      piiRedaction: true,
      customVocabulary: true,
      vocabularyFiltering: true,
      vocabularyFilterMethod: 'mask',
      languageIdSettings: {
        'en-US': { vocabularyName: 'bank-terms', vocabularyFilterName: 'profanity' },
        'es-US': { vocabularyName: 'terminos' },
      },
    };
    const values: OptionRuleInput = {
      ...specific(options),
      languageMode: 'identify',
      languageOptions: ['en-US', 'es-US'],
    };
    expect(jobOptionValuesFromJob(jobFor(values))).toEqual({ ...emptyJobOptions, ...options });
  });
});
