import type { StartTranscriptionJobRequest } from '@aws-sdk/client-transcribe';

/*
 * Requests that break each rule between StartTranscriptionJob's options, shared by the unit
 * test of the rules (services/transcribe/option-rules.test.ts) and the conformance test that
 * sends them through the SDK (transcribe-option-rules.test.ts).
 */

export const base: StartTranscriptionJobRequest = {
  TranscriptionJobName: 'job',
  LanguageCode: 'en-US',
  Media: { MediaFileUri: 's3://media/a.wav' },
};
export const identify: StartTranscriptionJobRequest = {
  ...base,
  LanguageCode: undefined,
  IdentifyLanguage: true,
  LanguageOptions: ['en-US', 'es-US'],
};
export const multiple: StartTranscriptionJobRequest = {
  ...identify,
  IdentifyLanguage: undefined,
  IdentifyMultipleLanguages: true,
};

/**
 * Every rule between job options, each with a request that breaks it, the message AWS's
 * BadRequestException carries, and a nearby request that keeps it. The sources are in
 * option-rules.ts; the table below must name every one of them.
 */
export const OPTION_RULE_CASES: {
  id: string;
  broken: StartTranscriptionJobRequest;
  message: RegExp;
  kept: StartTranscriptionJobRequest;
}[] = [
  {
    id: 'speaker-labels-or-channels',
    broken: {
      ...base,
      Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 2, ChannelIdentification: true },
    },
    message: /can't use ShowSpeakerLabels and ChannelIdentification/,
    kept: { ...base, Settings: { ChannelIdentification: true } },
  },
  {
    id: 'speaker-labels-need-max',
    broken: { ...base, Settings: { ShowSpeakerLabels: true } },
    message: /ShowSpeakerLabels is true, you must also specify MaxSpeakerLabels/,
    kept: { ...base, Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 30 } },
  },
  {
    id: 'max-speakers-needs-labels',
    broken: { ...base, Settings: { MaxSpeakerLabels: 2 } },
    message: /MaxSpeakerLabels can only be used when ShowSpeakerLabels is true/,
    kept: { ...base, Settings: { ShowSpeakerLabels: false } },
  },
  {
    id: 'alternatives-need-max',
    broken: { ...base, Settings: { ShowAlternatives: true } },
    message: /ShowAlternatives is true, you must also specify MaxAlternatives/,
    kept: { ...base, Settings: { ShowAlternatives: true, MaxAlternatives: 2 } },
  },
  {
    id: 'max-alternatives-needs-alternatives',
    broken: { ...base, Settings: { ShowAlternatives: false, MaxAlternatives: 3 } },
    message: /MaxAlternatives can only be used when ShowAlternatives is true/,
    kept: { ...base, Settings: { ShowAlternatives: false } },
  },
  {
    id: 'filter-needs-method',
    broken: { ...base, Settings: { VocabularyFilterName: 'f' } },
    message: /VocabularyFilterName, you must also specify VocabularyFilterMethod/,
    kept: { ...base, Settings: { VocabularyFilterName: 'f', VocabularyFilterMethod: 'tag' } },
  },
  {
    id: 'method-needs-filter',
    broken: { ...base, Settings: { VocabularyFilterMethod: 'mask' } },
    message: /VocabularyFilterMethod can only be used with VocabularyFilterName/,
    kept: {
      ...identify,
      Settings: { VocabularyFilterMethod: 'mask' },
      LanguageIdSettings: { 'en-US': { VocabularyFilterName: 'f' } },
    },
  },
  {
    id: 'settings-resources-without-identification',
    broken: { ...identify, Settings: { VocabularyName: 'v' } },
    message:
      /can't use Settings.VocabularyName or Settings.VocabularyFilterName with language identification/,
    kept: { ...identify, LanguageIdSettings: { 'en-US': { VocabularyName: 'v' } } },
  },
  {
    id: 'model-settings-need-name',
    broken: { ...base, ModelSettings: {} },
    message: /ModelSettings, you must also specify LanguageModelName/,
    kept: { ...base, ModelSettings: { LanguageModelName: 'm' } },
  },
  {
    id: 'model-settings-need-language-code',
    broken: { ...identify, ModelSettings: { LanguageModelName: 'm' } },
    message: /can't use ModelSettings with language identification/,
    kept: { ...identify, LanguageIdSettings: { 'en-US': { LanguageModelName: 'm' } } },
  },
  {
    id: 'multiple-languages-without-models',
    broken: { ...multiple, LanguageIdSettings: { 'en-US': { LanguageModelName: 'm' } } },
    message: /IdentifyMultipleLanguages doesn't support custom language models/,
    kept: { ...multiple, LanguageIdSettings: { 'en-US': { VocabularyName: 'v' } } },
  },
  {
    id: 'language-id-settings-need-options',
    broken: {
      ...identify,
      LanguageOptions: undefined,
      LanguageIdSettings: { 'en-US': { VocabularyName: 'v' } },
    },
    message: /LanguageIdSettings, you must also specify LanguageOptions/,
    kept: { ...identify, LanguageIdSettings: { 'es-US': { VocabularyName: 'v' } } },
  },
  {
    id: 'language-id-settings-in-options',
    broken: { ...identify, LanguageIdSettings: { 'fr-FR': { VocabularyName: 'v' } } },
    message: /fr-FR in LanguageIdSettings must also be in LanguageOptions/,
    kept: { ...identify, LanguageIdSettings: { 'en-US': {}, 'es-US': {} } },
  },
  {
    id: 'redaction-not-with-identification',
    broken: {
      ...identify,
      ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
    },
    message: /Content redaction isn't compatible with language identification/,
    kept: {
      ...base,
      LanguageCode: 'es-US',
      ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
    },
  },
  {
    id: 'redaction-languages',
    broken: {
      ...base,
      LanguageCode: 'en-GB',
      ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted_and_unredacted' },
    },
    message: /Content redaction isn't supported for en-GB/,
    kept: {
      ...base,
      ContentRedaction: {
        RedactionType: 'PII',
        RedactionOutput: 'redacted_and_unredacted',
        PiiEntityTypes: ['NAME', 'SSN'],
      },
    },
  },
  {
    id: 'toxicity-languages',
    broken: {
      ...base,
      LanguageCode: 'es-US',
      ToxicityDetection: [{ ToxicityCategories: ['ALL'] }],
    },
    message: /Toxicity detection is supported only for en-US, not es-US/,
    kept: { ...base, ToxicityDetection: [{ ToxicityCategories: ['ALL'] }] },
  },
  {
    id: 'deferred-execution-needs-role',
    broken: { ...base, JobExecutionSettings: { AllowDeferredExecution: true } },
    message: /AllowDeferredExecution is true, you must also specify DataAccessRoleArn/,
    kept: {
      ...base,
      JobExecutionSettings: {
        AllowDeferredExecution: true,
        DataAccessRoleArn: 'arn:aws:iam::111122223333:role/r',
      },
    },
  },
  {
    id: 'role-needs-deferred-execution',
    broken: {
      ...base,
      JobExecutionSettings: { DataAccessRoleArn: 'arn:aws:iam::111122223333:role/r' },
    },
    message: /DataAccessRoleArn can only be used when AllowDeferredExecution is true/,
    kept: { ...base, JobExecutionSettings: { AllowDeferredExecution: false } },
  },
];
