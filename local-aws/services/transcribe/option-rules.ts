import type { StartTranscriptionJobRequest } from '@aws-sdk/client-transcribe';

/**
 * StartTranscriptionJob's rules between job options (Settings, ModelSettings, ContentRedaction,
 * ToxicityDetection, LanguageIdSettings, JobExecutionSettings), which the model's shapes cannot
 * express. Each is checked after the constraints and answered with a BadRequestException in
 * its own words; `source` says where the rule is written down.
 */
export interface OptionRule {
  id: string;
  source: string;
  /** The message when the request breaks the rule, else undefined. */
  check: (request: StartTranscriptionJobRequest) => string | undefined;
}

const MODEL = 'API model (service-2.json)';
const PII_GUIDE =
  'Developer guide, "Redacting PII in your batch job" (docs.aws.amazon.com/transcribe/latest/dg/pii-redaction-batch.html)';
const TOXICITY_GUIDE =
  'Developer guide, "Detecting toxic speech" (docs.aws.amazon.com/transcribe/latest/dg/toxicity.html)';

/** Languages whose batch jobs can redact PII. */
export const REDACTION_LANGUAGES = ['en-US', 'es-US'] as const;
/** Languages whose batch jobs can detect toxic speech. */
export const TOXICITY_LANGUAGES = ['en-US'] as const;

const identifying = (r: StartTranscriptionJobRequest) =>
  r.IdentifyLanguage === true || r.IdentifyMultipleLanguages === true;
const idSettings = (r: StartTranscriptionJobRequest) => Object.values(r.LanguageIdSettings ?? {});
const when = (broken: boolean, message: string) => (broken ? message : undefined);

export const OPTION_RULES: readonly OptionRule[] = [
  {
    id: 'speaker-labels-or-channels',
    source: `${MODEL}, Settings; facts.md: "Including both parameters returns a BadRequestException"`,
    check: (r) =>
      when(
        r.Settings?.ShowSpeakerLabels === true && r.Settings.ChannelIdentification === true,
        "You can't use ShowSpeakerLabels and ChannelIdentification in the same request. Choose one and try your request again.",
      ),
  },
  {
    id: 'speaker-labels-need-max',
    source: `${MODEL}, Settings.ShowSpeakerLabels: "you must also include MaxSpeakerLabels"`,
    check: (r) =>
      when(
        r.Settings?.ShowSpeakerLabels === true && r.Settings.MaxSpeakerLabels === undefined,
        'When ShowSpeakerLabels is true, you must also specify MaxSpeakerLabels.',
      ),
  },
  {
    id: 'max-speakers-needs-labels',
    source: `${MODEL}, Settings.MaxSpeakerLabels: "you must set the ShowSpeakerLabels field to true"`,
    check: (r) =>
      when(
        r.Settings?.MaxSpeakerLabels !== undefined && r.Settings.ShowSpeakerLabels !== true,
        'MaxSpeakerLabels can only be used when ShowSpeakerLabels is true.',
      ),
  },
  {
    id: 'alternatives-need-max',
    source: `${MODEL}, Settings.ShowAlternatives: "you must also include MaxAlternatives"`,
    check: (r) =>
      when(
        r.Settings?.ShowAlternatives === true && r.Settings.MaxAlternatives === undefined,
        'When ShowAlternatives is true, you must also specify MaxAlternatives.',
      ),
  },
  {
    id: 'max-alternatives-needs-alternatives',
    source: `${MODEL}, Settings.MaxAlternatives: "you must also include ShowAlternatives with a value of true"`,
    check: (r) =>
      when(
        r.Settings?.MaxAlternatives !== undefined && r.Settings.ShowAlternatives !== true,
        'MaxAlternatives can only be used when ShowAlternatives is true.',
      ),
  },
  {
    id: 'filter-needs-method',
    source: `${MODEL}, Settings.VocabularyFilterName and LanguageIdSettings.VocabularyFilterName: "you must also include VocabularyFilterMethod"`,
    check: (r) =>
      when(
        (r.Settings?.VocabularyFilterName !== undefined ||
          idSettings(r).some((s) => s.VocabularyFilterName !== undefined)) &&
          r.Settings?.VocabularyFilterMethod === undefined,
        'When you specify VocabularyFilterName, you must also specify VocabularyFilterMethod.',
      ),
  },
  {
    id: 'method-needs-filter',
    source: `${MODEL}, Settings.VocabularyFilterMethod: how "your custom vocabulary filter" is applied`,
    check: (r) =>
      when(
        r.Settings?.VocabularyFilterMethod !== undefined &&
          r.Settings.VocabularyFilterName === undefined &&
          !idSettings(r).some((s) => s.VocabularyFilterName !== undefined),
        'VocabularyFilterMethod can only be used with VocabularyFilterName.',
      ),
  },
  {
    id: 'settings-resources-without-identification',
    source: `${MODEL}, Settings: "If you're using automatic language identification ... use instead the LanguageIdSettings parameter"`,
    check: (r) =>
      when(
        identifying(r) &&
          (r.Settings?.VocabularyName !== undefined ||
            r.Settings?.VocabularyFilterName !== undefined),
        "You can't use Settings.VocabularyName or Settings.VocabularyFilterName with language identification. Specify them for each language in LanguageIdSettings and try your request again.",
      ),
  },
  {
    id: 'model-settings-need-name',
    source: `${MODEL}, ModelSettings: "you must include the LanguageModelName sub-parameter"`,
    check: (r) =>
      when(
        r.ModelSettings !== undefined && r.ModelSettings.LanguageModelName === undefined,
        'When you specify ModelSettings, you must also specify LanguageModelName.',
      ),
  },
  {
    id: 'model-settings-need-language-code',
    source: `${MODEL}, Settings and LanguageIdSettings: with language identification a custom language model goes in LanguageIdSettings`,
    check: (r) =>
      when(
        r.ModelSettings !== undefined && identifying(r),
        "You can't use ModelSettings with language identification. Specify the custom language model for each language in LanguageIdSettings, or specify LanguageCode, and try your request again.",
      ),
  },
  {
    id: 'multiple-languages-without-models',
    source: `${MODEL}, LanguageIdSettings: "multi-language identification (IdentifyMultipleLanguages) doesn't support custom language models"`,
    check: (r) =>
      when(
        r.IdentifyMultipleLanguages === true &&
          idSettings(r).some((s) => s.LanguageModelName !== undefined),
        "IdentifyMultipleLanguages doesn't support custom language models. Remove LanguageModelName from LanguageIdSettings and try your request again.",
      ),
  },
  {
    id: 'language-id-settings-need-options',
    source: `${MODEL}, IdentifyLanguage and IdentifyMultipleLanguages: "If you include LanguageIdSettings, also include LanguageOptions"`,
    check: (r) =>
      when(
        r.LanguageIdSettings !== undefined && identifying(r) && r.LanguageOptions === undefined,
        'When you specify LanguageIdSettings, you must also specify LanguageOptions.',
      ),
  },
  {
    id: 'language-id-settings-in-options',
    source: `${MODEL}, LanguageIdSettings: "The language codes that you specify must match the languages" of LanguageOptions`,
    check: (r) => {
      const listed: readonly string[] = r.LanguageOptions ?? [];
      const missing = Object.keys(r.LanguageIdSettings ?? {}).find(
        (code) => !listed.includes(code),
      );
      return when(
        missing !== undefined,
        `The language code ${missing} in LanguageIdSettings must also be in LanguageOptions.`,
      );
    },
  },
  {
    id: 'redaction-not-with-identification',
    source: `${PII_GUIDE}: "Redaction is not compatible with language identification"`,
    check: (r) =>
      when(
        r.ContentRedaction !== undefined && identifying(r),
        "Content redaction isn't compatible with language identification. Specify LanguageCode en-US or es-US and try your request again.",
      ),
  },
  {
    id: 'redaction-languages',
    source: `${PII_GUIDE}: "available with US English (en-US) and US Spanish (es-US)"`,
    check: (r) =>
      when(
        r.ContentRedaction !== undefined &&
          r.LanguageCode !== undefined &&
          !(REDACTION_LANGUAGES as readonly string[]).includes(r.LanguageCode),
        `Content redaction isn't supported for ${r.LanguageCode}. Use en-US or es-US and try your request again.`,
      ),
  },
  {
    id: 'toxicity-languages',
    source: `${TOXICITY_GUIDE}: toxic speech detection is for US English (en-US) batch jobs`,
    check: (r) =>
      when(
        r.ToxicityDetection !== undefined &&
          !(TOXICITY_LANGUAGES as readonly string[]).includes(r.LanguageCode ?? ''),
        `Toxicity detection is supported only for en-US, not ${r.LanguageCode ?? 'language identification'}. Specify LanguageCode en-US and try your request again.`,
      ),
  },
  {
    id: 'deferred-execution-needs-role',
    source: `${MODEL}, JobExecutionSettings.AllowDeferredExecution: "you must also include DataAccessRoleArn"`,
    check: (r) =>
      when(
        r.JobExecutionSettings?.AllowDeferredExecution === true &&
          r.JobExecutionSettings.DataAccessRoleArn === undefined,
        'When AllowDeferredExecution is true, you must also specify DataAccessRoleArn.',
      ),
  },
  {
    id: 'role-needs-deferred-execution',
    source: `${MODEL}, JobExecutionSettings.DataAccessRoleArn: "you must also include AllowDeferredExecution"`,
    check: (r) =>
      when(
        r.JobExecutionSettings?.DataAccessRoleArn !== undefined &&
          r.JobExecutionSettings.AllowDeferredExecution !== true,
        'DataAccessRoleArn can only be used when AllowDeferredExecution is true.',
      ),
  },
];

/** The first option rule the request breaks, or undefined. */
export function optionProblem(request: StartTranscriptionJobRequest): string | undefined {
  for (const rule of OPTION_RULES) {
    const problem = rule.check(request);
    if (problem) return problem;
  }
  return undefined;
}
