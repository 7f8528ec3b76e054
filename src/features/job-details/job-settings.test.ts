import { describe, expect, it } from 'vitest';
import { jobSettingPairs } from './job-settings';

describe('jobSettingPairs', () => {
  it('shows nothing for a job without optional settings', () => {
    expect(jobSettingPairs({ TranscriptionJobName: 'plain', Settings: {} })).toEqual([]);
  });

  it('names each setting that is on, with its details', () => {
    expect(
      jobSettingPairs({
        Settings: {
          VocabularyName: 'medical-terms',
          VocabularyFilterName: 'profanity',
          VocabularyFilterMethod: 'mask',
          ShowSpeakerLabels: true,
          MaxSpeakerLabels: 3,
          ChannelIdentification: true,
        },
        ModelSettings: { LanguageModelName: 'my-clm' },
        ContentRedaction: {
          RedactionType: 'PII',
          RedactionOutput: 'redacted',
          PiiEntityTypes: ['NAME', 'EMAIL'],
        },
        Subtitles: { Formats: ['srt', 'vtt'], OutputStartIndex: 1 },
        LanguageIdSettings: { 'en-US': { VocabularyName: 'terms', VocabularyFilterName: 'words' } },
      }),
    ).toEqual([
      { label: 'Custom vocabulary', value: 'medical-terms' },
      { label: 'Vocabulary filter', value: 'profanity (mask)' },
      { label: 'Speaker identification', value: 'Up to 3 speakers' },
      { label: 'Channel identification', value: 'On' },
      { label: 'Custom language model', value: 'my-clm' },
      { label: 'PII redaction', value: 'Redacted transcript; entities: NAME, EMAIL' },
      { label: 'Subtitles', value: 'SRT, WebVTT; start index 1' },
      { label: 'Per-language settings', value: 'en-US: vocabulary terms, filter words' },
    ]);
  });
});
