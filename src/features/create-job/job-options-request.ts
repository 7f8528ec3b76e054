import type {
  ContentRedaction,
  LanguageIdSettings,
  PiiEntityType,
  Settings,
  StartTranscriptionJobCommandInput,
  SubtitleFormat,
} from '@aws-sdk/client-transcribe';
import type { OptionRuleInput } from './job-options';

/** The members the options add to StartTranscriptionJob, in the API's own names. */
export type OptionMembers = Pick<
  StartTranscriptionJobCommandInput,
  | 'Settings'
  | 'ModelSettings'
  | 'ContentRedaction'
  | 'IdentifyMultipleLanguages'
  | 'Subtitles'
  | 'LanguageIdSettings'
  | 'ToxicityDetection'
>;

const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : undefined);

/**
 * The option members for the form's values: only what is turned on, each member's fields in
 * the model's order (the SDK writes them in that order, so the preview reads like the body).
 */
export function toOptionMembers(values: OptionRuleInput): OptionMembers {
  const members: OptionMembers = {};
  const specific = values.languageMode === 'specific';
  const settings: Settings = {};
  if (values.customVocabulary && specific && values.vocabularyName)
    settings.VocabularyName = values.vocabularyName;
  if (values.audioIdentification && values.audioIdentificationType === 'speakers') {
    settings.ShowSpeakerLabels = true;
    const max = count(values.maxSpeakers);
    if (max !== undefined) settings.MaxSpeakerLabels = max;
  }
  if (values.audioIdentification && values.audioIdentificationType === 'channels')
    settings.ChannelIdentification = true;
  if (values.alternatives) {
    settings.ShowAlternatives = true;
    const max = count(values.maxAlternatives);
    if (max !== undefined) settings.MaxAlternatives = max;
  }
  if (values.vocabularyFiltering) {
    if (specific && values.vocabularyFilterName)
      settings.VocabularyFilterName = values.vocabularyFilterName;
    if (values.vocabularyFilterMethod)
      settings.VocabularyFilterMethod = values.vocabularyFilterMethod;
  }
  if (Object.keys(settings).length > 0) members.Settings = settings;

  if (values.modelType === 'custom' && specific && values.languageModelName)
    members.ModelSettings = { LanguageModelName: values.languageModelName };

  if (values.piiRedaction) {
    const redaction: ContentRedaction = {
      RedactionType: 'PII',
      RedactionOutput: values.redactionOutput,
    };
    if (values.piiEntityScope === 'specific')
      redaction.PiiEntityTypes = values.piiEntityTypes as PiiEntityType[];
    members.ContentRedaction = redaction;
  }
  if (values.languageMode === 'identify-multiple') members.IdentifyMultipleLanguages = true;

  if (values.subtitleFormats.length > 0)
    members.Subtitles = {
      // SRT before WebVTT whatever the order of the clicks, so the request is stable.
      Formats: (['srt', 'vtt'] as const).filter((f) =>
        values.subtitleFormats.includes(f),
      ) as SubtitleFormat[],
      OutputStartIndex: Number(values.subtitleStartIndex),
    };

  if (!specific) {
    const perLanguage: Record<string, LanguageIdSettings> = {};
    for (const code of values.languageOptions) {
      const chosen = values.languageIdSettings[code];
      const entry: LanguageIdSettings = {};
      if (values.customVocabulary && chosen?.vocabularyName)
        entry.VocabularyName = chosen.vocabularyName;
      if (values.vocabularyFiltering && chosen?.vocabularyFilterName)
        entry.VocabularyFilterName = chosen.vocabularyFilterName;
      if (Object.keys(entry).length > 0) perLanguage[code] = entry;
    }
    if (Object.keys(perLanguage).length > 0)
      members.LanguageIdSettings = perLanguage as OptionMembers['LanguageIdSettings'];
  }
  if (values.toxicityDetection) members.ToxicityDetection = [{ ToxicityCategories: ['ALL'] }];
  return members;
}
