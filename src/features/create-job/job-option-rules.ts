import { languageName } from '@/lib/transcribe/languages';
import type { CustomResource } from './api/list-custom-resources';
import {
  CLM_LANGUAGES,
  type OptionRuleInput,
  REDACTION_LANGUAGES,
  TOXICITY_LANGUAGES,
} from './job-options';

/*
 * The rules between the job options, each on the field the analyst changes, with where the
 * rule is written down (the values and their defaults are in job-options.ts).
 */

const names = (codes: readonly string[]) => codes.map(languageName).join(' and ');

/**
 * What the form knows of the account's custom resources, once their lists have loaded: the
 * lists' own type, so a rule reads the very field the select shows (a model's status is its
 * `state`).
 */
export interface CustomResourceCatalog {
  vocabularies?: readonly CustomResource[];
  filters?: readonly CustomResource[];
  models?: readonly CustomResource[];
}

export interface OptionIssue {
  path: string[];
  message: string;
}

/** A whole number from `min` to `max`, as typed, or the message for the field. */
export function countProblem(text: string, min: number, max: number, what: string) {
  if (text.trim() === '') return `Enter the maximum number of ${what}, from ${min} to ${max}.`;
  if (!/^\d+$/.test(text.trim())) return `Enter a whole number of ${what}, from ${min} to ${max}.`;
  const value = Number(text);
  if (value < min || value > max)
    return `The maximum number of ${what} is from ${min} to ${max}; ${value} is out of range.`;
  return undefined;
}

/**
 * One rule between options: where it is written down, and the issue it raises on its field
 * when broken. The API's own rules are in the API model's documentation text; the language
 * limits are in the developer guide; a few only the console has (a toggle on needs its choice).
 */
export interface OptionRule {
  id: string;
  source: string;
  check: (v: OptionRuleInput, resources: CustomResourceCatalog) => OptionIssue | undefined;
}

const MODEL = 'API model (service-2.json)';
const CONSOLE = 'Console: a toggle that is on needs its choice';
const issue = (path: string, message: string): OptionIssue => ({ path: path.split('.'), message });
const specific = (v: OptionRuleInput) => v.languageMode === 'specific';

export const OPTION_RULES: readonly OptionRule[] = [
  {
    id: 'custom-model-needs-specific-language',
    source: `${MODEL}, Settings: with language identification a model goes in LanguageIdSettings, which the console does not offer`,
    check: (v) =>
      v.modelType === 'custom' && !specific(v)
        ? issue(
            'modelType',
            'A custom language model needs a specific language: choose "Specific language" in Language settings, or "General model".',
          )
        : undefined,
  },
  {
    id: 'custom-model-languages',
    source: `${MODEL}, CLMLanguageCode: the languages of custom language models`,
    check: (v) =>
      v.modelType === 'custom' && specific(v) && !CLM_LANGUAGES.includes(v.languageCode)
        ? issue(
            'modelType',
            `Custom language models are not available for ${languageName(v.languageCode)}. They are for ${CLM_LANGUAGES.map(languageName).join(', ')}.`,
          )
        : undefined,
  },
  {
    id: 'custom-model-needs-model',
    source: `${MODEL}, ModelSettings: "you must include the LanguageModelName sub-parameter"`,
    check: (v) =>
      v.modelType === 'custom' &&
      specific(v) &&
      CLM_LANGUAGES.includes(v.languageCode) &&
      !v.languageModelName
        ? issue('languageModelName', 'Choose a language model.')
        : undefined,
  },
  {
    id: 'custom-model-ready-and-same-language',
    source: `${MODEL}, ModelSettings.LanguageModelName: the model's language must match the job's`,
    check: (v, r) => {
      if (v.modelType !== 'custom' || !specific(v) || !v.languageModelName) return undefined;
      const model = r.models?.find((m) => m.name === v.languageModelName);
      if (!model) return undefined;
      if (model.languageCode !== v.languageCode)
        return issue(
          'languageModelName',
          `The language model ${model.name} is for ${languageName(model.languageCode ?? '')}, not ${languageName(v.languageCode)}. Choose a model of the job's language.`,
        );
      if (model.state !== 'COMPLETED')
        return issue(
          'languageModelName',
          `The language model ${model.name} is ${model.state ?? 'not ready'}: only a COMPLETED model can be used.`,
        );
      return undefined;
    },
  },
  {
    id: 'speakers-need-maximum',
    source: `${MODEL}, Settings.ShowSpeakerLabels: "you must also include MaxSpeakerLabels" (2–30)`,
    check: (v) => {
      if (!v.audioIdentification || v.audioIdentificationType !== 'speakers') return undefined;
      const problem = countProblem(v.maxSpeakers, 2, 30, 'speakers');
      return problem ? issue('maxSpeakers', problem) : undefined;
    },
  },
  {
    id: 'alternatives-need-maximum',
    source: `${MODEL}, Settings.ShowAlternatives: "you must also include MaxAlternatives" (2–10)`,
    check: (v) => {
      if (!v.alternatives) return undefined;
      const problem = countProblem(v.maxAlternatives, 2, 10, 'alternatives');
      return problem ? issue('maxAlternatives', problem) : undefined;
    },
  },
  {
    id: 'toxicity-languages',
    source:
      'Developer guide, "Detecting toxic speech": batch toxicity detection is for US English (en-US)',
    check: (v) =>
      v.toxicityDetection && (!specific(v) || !TOXICITY_LANGUAGES.includes(v.languageCode))
        ? issue(
            'toxicityDetection',
            `Toxicity detection is available for ${names(TOXICITY_LANGUAGES)} only, with "Specific language": ${specific(v) ? `${languageName(v.languageCode)} is chosen` : 'language identification is chosen'}.`,
          )
        : undefined,
  },
  {
    id: 'filter-needs-filter',
    source: CONSOLE,
    check: (v) =>
      v.vocabularyFiltering && specific(v) && !v.vocabularyFilterName
        ? issue('vocabularyFilterName', 'Choose a vocabulary filter.')
        : undefined,
  },
  {
    id: 'filter-needs-method',
    source: `${MODEL}, Settings.VocabularyFilterName: "you must also include VocabularyFilterMethod"`,
    check: (v) =>
      v.vocabularyFiltering && !v.vocabularyFilterMethod
        ? issue('vocabularyFilterMethod', 'Choose a filter method: Mask, Remove or Tag.')
        : undefined,
  },
  {
    id: 'filter-same-language',
    source: `${MODEL}, LanguageIdSettings.VocabularyFilterName: "must match the language code"`,
    check: (v, r) => {
      if (!v.vocabularyFiltering || !specific(v) || !v.vocabularyFilterName) return undefined;
      const filter = r.filters?.find((f) => f.name === v.vocabularyFilterName);
      return filter && filter.languageCode !== v.languageCode
        ? issue(
            'vocabularyFilterName',
            `The vocabulary filter ${filter.name} is for ${languageName(filter.languageCode ?? '')}, not ${languageName(v.languageCode)}.`,
          )
        : undefined;
    },
  },
  {
    id: 'redaction-needs-specific-language',
    source:
      'Developer guide, "Redacting PII in your batch job": "Redaction is not compatible with language identification"',
    check: (v) =>
      v.piiRedaction && !specific(v)
        ? issue(
            'piiRedaction',
            'PII redaction needs a specific language: it does not work with language identification. Choose "Specific language" (English, US or Spanish, US).',
          )
        : undefined,
  },
  {
    id: 'redaction-languages',
    source:
      'Developer guide, "Redacting PII in your batch job": "available with US English (en-US) and US Spanish (es-US)"',
    check: (v) =>
      v.piiRedaction && specific(v) && !REDACTION_LANGUAGES.includes(v.languageCode)
        ? issue(
            'piiRedaction',
            `PII redaction is available for ${names(REDACTION_LANGUAGES)} only; ${languageName(v.languageCode)} is chosen.`,
          )
        : undefined,
  },
  {
    id: 'specific-entity-types-need-one',
    source: CONSOLE,
    check: (v) =>
      v.piiRedaction && v.piiEntityScope === 'specific' && v.piiEntityTypes.length === 0
        ? issue('piiEntityTypes', 'Choose at least one PII entity type, or "All PII entity types".')
        : undefined,
  },
  {
    id: 'vocabulary-needs-vocabulary',
    source: CONSOLE,
    check: (v) =>
      v.customVocabulary && specific(v) && !v.vocabularyName
        ? issue('vocabularyName', 'Choose a custom vocabulary.')
        : undefined,
  },
  {
    id: 'vocabulary-ready-and-same-language',
    source: `${MODEL}, Settings.VocabularyName and LanguageIdSettings.VocabularyName: "must match the language code"; the vocabulary must be READY`,
    check: (v, r) => {
      if (!v.customVocabulary || !specific(v) || !v.vocabularyName) return undefined;
      const vocabulary = r.vocabularies?.find((x) => x.name === v.vocabularyName);
      if (!vocabulary) return undefined;
      if (vocabulary.languageCode !== v.languageCode)
        return issue(
          'vocabularyName',
          `The vocabulary ${vocabulary.name} is for ${languageName(vocabulary.languageCode ?? '')}, not ${languageName(v.languageCode)}.`,
        );
      if (vocabulary.state !== 'READY')
        return issue(
          'vocabularyName',
          `The vocabulary ${vocabulary.name} is ${vocabulary.state ?? 'not ready'}: only a READY vocabulary can be used.`,
        );
      return undefined;
    },
  },
  {
    id: 'per-language-needs-language-options',
    source: `${MODEL}, IdentifyLanguage: "If you include LanguageIdSettings, also include LanguageOptions"`,
    check: (v) => {
      if (specific(v) || v.languageOptions.length > 0) return undefined;
      if (v.customVocabulary)
        return issue(
          'customVocabulary',
          'With language identification, a custom vocabulary applies to one language: choose Language options in Job settings first.',
        );
      if (v.vocabularyFiltering)
        return issue(
          'vocabularyFiltering',
          'With language identification, a vocabulary filter applies to one language: choose Language options in Job settings first.',
        );
      return undefined;
    },
  },
  {
    id: 'per-language-needs-one-choice',
    source: CONSOLE,
    check: (v) => {
      if (specific(v) || v.languageOptions.length === 0) return undefined;
      const chosen = v.languageOptions.map((code) => v.languageIdSettings[code]);
      if (v.customVocabulary && !chosen.some((s) => s?.vocabularyName))
        return issue('customVocabulary', 'Choose a custom vocabulary for at least one language.');
      if (v.vocabularyFiltering && !chosen.some((s) => s?.vocabularyFilterName))
        return issue(
          'vocabularyFiltering',
          'Choose a vocabulary filter for at least one language.',
        );
      return undefined;
    },
  },
];

/** Every broken option rule, each on its field. */
export function jobOptionIssues(
  values: OptionRuleInput,
  resources: CustomResourceCatalog = {},
): OptionIssue[] {
  return OPTION_RULES.map((rule) => rule.check(values, resources)).filter(
    (found): found is OptionIssue => found !== undefined,
  );
}
