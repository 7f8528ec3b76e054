import type { TranscriptionJob } from '@aws-sdk/client-transcribe';

export interface SettingPair {
  label: string;
  value: string;
}

/**
 * The optional settings a job was started with, as label/value text, only those that are set:
 * a plain job shows none.
 */
export function jobSettingPairs(job: TranscriptionJob): SettingPair[] {
  const pairs: SettingPair[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) pairs.push({ label, value });
  };
  const settings = job.Settings ?? {};
  add('Custom vocabulary', settings.VocabularyName);
  add(
    'Vocabulary filter',
    settings.VocabularyFilterName &&
      `${settings.VocabularyFilterName}${settings.VocabularyFilterMethod ? ` (${settings.VocabularyFilterMethod})` : ''}`,
  );
  if (settings.ShowSpeakerLabels)
    add(
      'Speaker identification',
      settings.MaxSpeakerLabels ? `Up to ${settings.MaxSpeakerLabels} speakers` : 'On',
    );
  if (settings.ChannelIdentification) add('Channel identification', 'On');
  if (settings.ShowAlternatives)
    add(
      'Alternative transcriptions',
      settings.MaxAlternatives ? `Up to ${settings.MaxAlternatives}` : 'On',
    );
  add('Custom language model', job.ModelSettings?.LanguageModelName);
  const redaction = job.ContentRedaction;
  if (redaction)
    add(
      'PII redaction',
      [
        redaction.RedactionOutput === 'redacted_and_unredacted'
          ? 'Redacted and unredacted transcripts'
          : 'Redacted transcript',
        redaction.PiiEntityTypes?.length ? `entities: ${redaction.PiiEntityTypes.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  const subtitles = job.Subtitles;
  if (subtitles?.Formats?.length)
    add(
      'Subtitles',
      `${subtitles.Formats.map((f) => (f === 'vtt' ? 'WebVTT' : f.toUpperCase())).join(', ')}${subtitles.OutputStartIndex !== undefined ? `; start index ${subtitles.OutputStartIndex}` : ''}`,
    );
  add(
    'Per-language settings',
    Object.entries(job.LanguageIdSettings ?? {})
      .map(([code, chosen]) =>
        [
          chosen.VocabularyName && `vocabulary ${chosen.VocabularyName}`,
          chosen.VocabularyFilterName && `filter ${chosen.VocabularyFilterName}`,
          chosen.LanguageModelName && `model ${chosen.LanguageModelName}`,
        ]
          .filter(Boolean)
          .join(', ')
          .replace(/^/, `${code}: `),
      )
      .join('; '),
  );
  if (job.JobExecutionSettings?.AllowDeferredExecution)
    add('Job queueing', `On (role ${job.JobExecutionSettings.DataAccessRoleArn ?? 'not given'})`);
  if (job.ToxicityDetection?.length) add('Toxicity detection', 'On');
  return pairs;
}
