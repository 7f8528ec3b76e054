import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import { emptyJobOptions, type JobOptionValues } from './job-options';

/*
 * "Copy": the job options ("Configure job - optional", Model type) as GetTranscriptionJob
 * returns them, back into the form's values: the inverse of toOptionMembers.
 */

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function jobOptionValuesFromJob(job: TranscriptionJob): JobOptionValues {
  const values: JobOptionValues = { ...emptyJobOptions, languageIdSettings: {} };
  const settings = job.Settings ?? {};

  const model = job.ModelSettings?.LanguageModelName;
  if (model) {
    values.modelType = 'custom';
    values.languageModelName = model;
  }

  if (settings.ShowSpeakerLabels) {
    values.audioIdentification = true;
    values.audioIdentificationType = 'speakers';
    values.maxSpeakers = text(settings.MaxSpeakerLabels);
  } else if (settings.ChannelIdentification) {
    values.audioIdentification = true;
    values.audioIdentificationType = 'channels';
  }
  if (settings.ShowAlternatives) {
    values.alternatives = true;
    values.maxAlternatives = text(settings.MaxAlternatives);
  }
  values.toxicityDetection = (job.ToxicityDetection ?? []).length > 0;

  const perLanguage = Object.entries(job.LanguageIdSettings ?? {});
  if (settings.VocabularyFilterName || perLanguage.some(([, s]) => s.VocabularyFilterName)) {
    values.vocabularyFiltering = true;
    values.vocabularyFilterName = settings.VocabularyFilterName ?? '';
    values.vocabularyFilterMethod = settings.VocabularyFilterMethod ?? '';
  }
  if (settings.VocabularyName || perLanguage.some(([, s]) => s.VocabularyName)) {
    values.customVocabulary = true;
    values.vocabularyName = settings.VocabularyName ?? '';
  }
  for (const [code, chosen] of perLanguage) {
    const entry: JobOptionValues['languageIdSettings'][string] = {};
    if (chosen.VocabularyName) entry.vocabularyName = chosen.VocabularyName;
    if (chosen.VocabularyFilterName) entry.vocabularyFilterName = chosen.VocabularyFilterName;
    values.languageIdSettings[code] = entry;
  }

  const redaction = job.ContentRedaction;
  if (redaction) {
    values.piiRedaction = true;
    values.redactionOutput = redaction.RedactionOutput ?? 'redacted';
    if (redaction.PiiEntityTypes?.length && !redaction.PiiEntityTypes.includes('ALL')) {
      values.piiEntityScope = 'specific';
      values.piiEntityTypes = [...redaction.PiiEntityTypes];
    }
  }

  const subtitles = job.Subtitles;
  if (subtitles?.Formats?.length) {
    values.subtitleFormats = (['srt', 'vtt'] as const).filter((f) =>
      subtitles.Formats?.includes(f),
    );
    values.subtitleStartIndex = subtitles.OutputStartIndex === 1 ? '1' : '0';
  }
  return values;
}
