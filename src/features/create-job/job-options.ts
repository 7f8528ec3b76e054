import type { PiiEntityType } from '@aws-sdk/client-transcribe';
import { z } from 'zod';

/*
 * "Configure job - optional": the job options beyond language, input, output and key, as the
 * form holds them (a zod shape spread into the form's), their defaults, where each field sits,
 * and the choices the API offers. The rules between them are in job-option-rules.ts, the
 * request members in job-options-request.ts.
 */

export const jobOptionsShape = {
  /** "Model type": "General model" or "Custom language model" (Job settings). */
  modelType: z.enum(['general', 'custom']),
  languageModelName: z.string(),
  /** Audio settings. */
  audioIdentification: z.boolean(),
  audioIdentificationType: z.enum(['speakers', 'channels']),
  /** As typed: checked as a whole number 2–30. */
  maxSpeakers: z.string(),
  alternatives: z.boolean(),
  maxAlternatives: z.string(),
  toxicityDetection: z.boolean(),
  /** Content removal. */
  vocabularyFiltering: z.boolean(),
  vocabularyFilterName: z.string(),
  vocabularyFilterMethod: z.union([z.enum(['mask', 'remove', 'tag']), z.literal('')]),
  piiRedaction: z.boolean(),
  redactionOutput: z.enum(['redacted', 'redacted_and_unredacted']),
  piiEntityScope: z.enum(['all', 'specific']),
  piiEntityTypes: z.array(z.string()),
  /** Customization. */
  customVocabulary: z.boolean(),
  vocabularyName: z.string(),
  /**
   * With language identification, a vocabulary and a filter per language option
   * (LanguageIdSettings), keyed by language code. Entries of languages no longer among the
   * options stay in the draft but are not sent.
   */
  languageIdSettings: z.record(
    z.string(),
    z.object({
      vocabularyName: z.string().optional(),
      vocabularyFilterName: z.string().optional(),
    }),
  ),
  /** Subtitles. */
  subtitleFormats: z.array(z.enum(['srt', 'vtt'])),
  subtitleStartIndex: z.enum(['0', '1']),
};

export type JobOptionValues = z.infer<z.ZodObject<typeof jobOptionsShape>>;

export const emptyJobOptions: JobOptionValues = {
  modelType: 'general',
  languageModelName: '',
  audioIdentification: false,
  audioIdentificationType: 'speakers',
  maxSpeakers: '',
  alternatives: false,
  maxAlternatives: '',
  toxicityDetection: false,
  vocabularyFiltering: false,
  vocabularyFilterName: '',
  vocabularyFilterMethod: '',
  piiRedaction: false,
  redactionOutput: 'redacted',
  piiEntityScope: 'all',
  piiEntityTypes: [],
  customVocabulary: false,
  vocabularyName: '',
  languageIdSettings: {},
  subtitleFormats: [],
  subtitleStartIndex: '0',
};

/**
 * The option fields below Output data in page order, for "focus the first field in error"
 * (Model type and Language model sit in Job settings).
 */
export const jobOptionFieldOrder = [
  'audioIdentification',
  'maxSpeakers',
  'maxAlternatives',
  'toxicityDetection',
  'vocabularyFiltering',
  'vocabularyFilterName',
  'vocabularyFilterMethod',
  'piiRedaction',
  'piiEntityTypes',
  'customVocabulary',
  'vocabularyName',
  'languageIdSettings',
  'subtitleFormats',
] as const;

/** Which collapsible container holds a field, so an error inside a closed one opens it. */
export type OptionSection = 'audio' | 'content-removal' | 'customization' | 'subtitles';
export const sectionOfField: Partial<Record<string, OptionSection>> = {
  audioIdentification: 'audio',
  audioIdentificationType: 'audio',
  maxSpeakers: 'audio',
  alternatives: 'audio',
  maxAlternatives: 'audio',
  toxicityDetection: 'audio',
  vocabularyFiltering: 'content-removal',
  vocabularyFilterName: 'content-removal',
  vocabularyFilterMethod: 'content-removal',
  piiRedaction: 'content-removal',
  redactionOutput: 'content-removal',
  piiEntityScope: 'content-removal',
  piiEntityTypes: 'content-removal',
  customVocabulary: 'customization',
  vocabularyName: 'customization',
  subtitleFormats: 'subtitles',
  subtitleStartIndex: 'subtitles',
};

/** Languages a custom language model can be trained in (the model's CLMLanguageCode). */
export const CLM_LANGUAGES = ['de-DE', 'en-AU', 'en-GB', 'en-US', 'es-US', 'hi-IN', 'ja-JP'];
/** Languages whose batch jobs can redact PII (developer guide, PII redaction). */
export const REDACTION_LANGUAGES = ['en-US', 'es-US'];
/** Languages whose batch jobs can detect toxic speech (developer guide, toxicity). */
export const TOXICITY_LANGUAGES = ['en-US'];

/** PiiEntityTypes of the API model, without ALL (that is "All PII entity types"). */
export const PII_ENTITY_TYPES: readonly { value: PiiEntityType; label: string }[] = [
  { value: 'ADDRESS', label: 'Address' },
  { value: 'BANK_ACCOUNT_NUMBER', label: 'Bank account number' },
  { value: 'BANK_ROUTING', label: 'Bank routing number' },
  { value: 'CREDIT_DEBIT_CVV', label: 'Credit or debit card CVV' },
  { value: 'CREDIT_DEBIT_EXPIRY', label: 'Credit or debit card expiration date' },
  { value: 'CREDIT_DEBIT_NUMBER', label: 'Credit or debit card number' },
  { value: 'EMAIL', label: 'Email address' },
  { value: 'NAME', label: 'Name' },
  { value: 'PHONE', label: 'Phone number' },
  { value: 'PIN', label: 'PIN' },
  { value: 'SSN', label: 'Social Security number' },
];

/** The part of the form's values the option rules read. */
export type OptionRuleInput = JobOptionValues & {
  languageMode: 'specific' | 'identify' | 'identify-multiple';
  languageCode: string;
  languageOptions: string[];
};
