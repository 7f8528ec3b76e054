import { describe, expect, it } from 'vitest';
import { createJobSchema, type CreateJobFormValues, emptyFormValues } from './form-schema';
import { type CustomResourceCatalog, OPTION_RULES } from './job-option-rules';

const valid: CreateJobFormValues = {
  ...emptyFormValues,
  name: 'options-job',
  mediaUri: 's3://media-111122223333/samples/meeting.wav',
};

const resources: CustomResourceCatalog = {
  vocabularies: [
    { name: 'meeting-terms', languageCode: 'en-US', state: 'READY' },
    { name: 'pending-terms', languageCode: 'en-US', state: 'PENDING' },
    { name: 'terminos-soporte', languageCode: 'es-US', state: 'READY' },
  ],
  filters: [
    { name: 'profanity-filter', languageCode: 'en-US' },
    { name: 'filtro-soporte', languageCode: 'es-US' },
  ],
  models: [
    { name: 'support-calls-model', languageCode: 'en-US', state: 'COMPLETED' },
    { name: 'training-model', languageCode: 'en-US', state: 'IN_PROGRESS' },
  ],
};
const schema = createJobSchema({ region: 'us-east-1', accountId: '111122223333', resources });

function errorsOf(values: Partial<CreateJobFormValues>): Record<string, string> {
  const result = schema.safeParse({ ...valid, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

const identify = { languageMode: 'identify' as const, languageOptions: ['en-US', 'es-US'] };

/**
 * Every rule between job options the form checks before submit: a form state that breaks it,
 * the field that says so and its message, and a nearby state that keeps it. The rules' sources
 * (the API model's text, the developer guide, or the console's own) are in job-options.ts.
 */
const table: {
  id: string;
  broken: Partial<CreateJobFormValues>;
  field: string;
  message: RegExp;
  kept: Partial<CreateJobFormValues>;
}[] = [
  {
    id: 'custom-model-needs-specific-language',
    broken: { ...identify, modelType: 'custom' },
    field: 'modelType',
    message: /A custom language model needs a specific language/,
    kept: { ...identify, modelType: 'general' },
  },
  {
    id: 'custom-model-languages',
    broken: { languageCode: 'fr-FR', modelType: 'custom' },
    field: 'modelType',
    message: /not available for French\. They are for German, English, Australian/,
    kept: { languageCode: 'fr-FR', modelType: 'general' },
  },
  {
    id: 'custom-model-needs-model',
    broken: { modelType: 'custom' },
    field: 'languageModelName',
    message: /^Choose a language model\.$/,
    kept: { modelType: 'custom', languageModelName: 'support-calls-model' },
  },
  {
    id: 'custom-model-ready-and-same-language',
    broken: { modelType: 'custom', languageModelName: 'training-model' },
    field: 'languageModelName',
    message: /training-model is IN_PROGRESS: only a COMPLETED model/,
    kept: { modelType: 'custom', languageModelName: 'unknown-to-the-list' },
  },
  {
    id: 'speakers-need-maximum',
    broken: { audioIdentification: true, maxSpeakers: '31' },
    field: 'maxSpeakers',
    message: /from 2 to 30; 31 is out of range/,
    kept: { audioIdentification: true, maxSpeakers: '30' },
  },
  {
    id: 'alternatives-need-maximum',
    broken: { alternatives: true, maxAlternatives: '1' },
    field: 'maxAlternatives',
    message: /from 2 to 10; 1 is out of range/,
    kept: { alternatives: true, maxAlternatives: '2' },
  },
  {
    id: 'toxicity-languages',
    broken: { toxicityDetection: true, languageCode: 'en-GB' },
    field: 'toxicityDetection',
    message: /available for English, US only, with "Specific language": English, British is chosen/,
    kept: { toxicityDetection: true },
  },
  {
    id: 'filter-needs-filter',
    broken: { vocabularyFiltering: true, vocabularyFilterMethod: 'mask' },
    field: 'vocabularyFilterName',
    message: /^Choose a vocabulary filter\.$/,
    kept: {
      vocabularyFiltering: true,
      vocabularyFilterMethod: 'mask',
      vocabularyFilterName: 'profanity-filter',
    },
  },
  {
    id: 'filter-needs-method',
    broken: { vocabularyFiltering: true, vocabularyFilterName: 'profanity-filter' },
    field: 'vocabularyFilterMethod',
    message: /Choose a filter method: Mask, Remove or Tag/,
    kept: {
      vocabularyFiltering: true,
      vocabularyFilterName: 'profanity-filter',
      vocabularyFilterMethod: 'remove',
    },
  },
  {
    id: 'filter-same-language',
    broken: {
      vocabularyFiltering: true,
      vocabularyFilterName: 'filtro-soporte',
      vocabularyFilterMethod: 'tag',
    },
    field: 'vocabularyFilterName',
    message: /filtro-soporte is for Spanish, US, not English, US/,
    kept: {
      languageCode: 'es-US',
      vocabularyFiltering: true,
      vocabularyFilterName: 'filtro-soporte',
      vocabularyFilterMethod: 'tag',
    },
  },
  {
    id: 'redaction-needs-specific-language',
    broken: { ...identify, piiRedaction: true },
    field: 'piiRedaction',
    message: /PII redaction needs a specific language/,
    kept: { piiRedaction: true },
  },
  {
    id: 'redaction-languages',
    broken: { piiRedaction: true, languageCode: 'de-DE' },
    field: 'piiRedaction',
    message: /available for English, US and Spanish, US only; German is chosen/,
    kept: { piiRedaction: true, languageCode: 'es-US' },
  },
  {
    id: 'specific-entity-types-need-one',
    broken: { piiRedaction: true, piiEntityScope: 'specific' },
    field: 'piiEntityTypes',
    message: /Choose at least one PII entity type/,
    kept: { piiRedaction: true, piiEntityScope: 'specific', piiEntityTypes: ['SSN'] },
  },
  {
    id: 'vocabulary-needs-vocabulary',
    broken: { customVocabulary: true },
    field: 'vocabularyName',
    message: /^Choose a custom vocabulary\.$/,
    kept: { customVocabulary: true, vocabularyName: 'meeting-terms' },
  },
  {
    id: 'vocabulary-ready-and-same-language',
    broken: { customVocabulary: true, vocabularyName: 'pending-terms' },
    field: 'vocabularyName',
    message: /pending-terms is PENDING: only a READY vocabulary/,
    kept: { customVocabulary: true, vocabularyName: 'terminos-soporte', languageCode: 'es-US' },
  },
  {
    id: 'per-language-needs-language-options',
    broken: { languageMode: 'identify-multiple', customVocabulary: true },
    field: 'customVocabulary',
    message: /choose Language options in Job settings first/,
    kept: { languageMode: 'identify-multiple' },
  },
  {
    id: 'per-language-needs-one-choice',
    broken: { ...identify, vocabularyFiltering: true, vocabularyFilterMethod: 'mask' },
    field: 'vocabularyFiltering',
    message: /Choose a vocabulary filter for at least one language/,
    kept: {
      ...identify,
      vocabularyFiltering: true,
      vocabularyFilterMethod: 'mask',
      languageIdSettings: {
        'es-US': { vocabularyName: '', vocabularyFilterName: 'filtro-soporte' },
      },
    },
  },
];

describe('rules between job options, before any request', () => {
  it('lists every rule once, each with where it is written down', () => {
    expect(table.map((row) => row.id)).toEqual(OPTION_RULES.map((rule) => rule.id));
    for (const rule of OPTION_RULES)
      expect(rule.source).toMatch(/^(API model|Developer guide|Console)/);
  });

  it.each(table)('$id', ({ broken, field, message, kept }) => {
    const errors = errorsOf(broken);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
    expect(errorsOf(kept)).toEqual({});
  });
});

describe('option bounds', () => {
  const bounds: [Partial<CreateJobFormValues>, string, RegExp][] = [
    [
      { audioIdentification: true },
      'maxSpeakers',
      /Enter the maximum number of speakers, from 2 to 30/,
    ],
    [{ audioIdentification: true, maxSpeakers: '1' }, 'maxSpeakers', /1 is out of range/],
    [{ audioIdentification: true, maxSpeakers: '2.5' }, 'maxSpeakers', /whole number of speakers/],
    [{ audioIdentification: true, maxSpeakers: 'ten' }, 'maxSpeakers', /whole number/],
    [{ alternatives: true }, 'maxAlternatives', /from 2 to 10/],
    [{ alternatives: true, maxAlternatives: '11' }, 'maxAlternatives', /11 is out of range/],
  ];
  it.each(bounds)('%j → %s', (values, field, message) => {
    expect(errorsOf(values)[field]).toMatch(message);
  });

  it('asks nothing of options that are off, whatever they hold', () => {
    expect(
      errorsOf({
        maxSpeakers: 'x',
        maxAlternatives: '99',
        vocabularyFilterMethod: '',
        piiEntityScope: 'specific',
        modelType: 'general',
        audioIdentification: true,
        audioIdentificationType: 'channels',
      }),
    ).toEqual({});
  });
});
