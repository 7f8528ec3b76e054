import type { StartTranscriptionJobRequest } from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
// The console's own table of rules, so that each rule it checks before submit is shown here to
// be one local-aws refuses too (or is marked as the console's alone).
import { OPTION_RULES as CONSOLE_RULES } from '../../src/features/create-job/job-option-rules';
import {
  SEEDED_LANGUAGE_MODELS,
  SEEDED_VOCABULARIES,
  SEEDED_VOCABULARY_FILTERS,
} from '../seed/ids';
import { startForTests } from './harness';
import { base, identify, OPTION_RULE_CASES } from './option-rule-cases';
import {
  analystKeys,
  errorOf,
  MEDIA,
  startJob,
  transcribeAs,
  uniqueName,
} from './transcribe-support';

// Every rule between StartTranscriptionJob's options, through the real SDK: the request that
// breaks it is refused with BadRequestException and AWS's message, before any job exists.

const local = startForTests();
const analyst = () => transcribeAs(local.url, analystKeys(local.server));

async function refusal(request: StartTranscriptionJobRequest) {
  const error = await errorOf(
    startJob(analyst(), {
      ...request,
      TranscriptionJobName: uniqueName('rule'),
      Media: { MediaFileUri: MEDIA },
    }),
  );
  return { name: error.name, message: error.message };
}

describe("local-aws's rules between job options, through the SDK", () => {
  it.each(OPTION_RULE_CASES)('$id', async ({ broken, message }) => {
    const error = await refusal(broken);
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(message);
  });
});

const model = (name: string) => ({ ModelSettings: { LanguageModelName: name } });

/**
 * For each rule the console checks before submit, the request the console would have sent
 * without the check, and the message local-aws (as AWS) refuses it with. Rules the API has no
 * counterpart of (a toggle on with nothing chosen, which the console would simply not send)
 * are listed as the console's alone.
 */
const consoleRuleRequests: Record<
  string,
  { request: StartTranscriptionJobRequest; message: RegExp }[] | 'console only'
> = {
  'custom-model-needs-specific-language': [
    {
      request: { ...identify, ...model(SEEDED_LANGUAGE_MODELS.completed) },
      message: /can't use ModelSettings with language identification/,
    },
  ],
  'custom-model-languages': [
    {
      // No model can be in French: the seeded English one is refused for it.
      request: { ...base, LanguageCode: 'fr-FR', ...model(SEEDED_LANGUAGE_MODELS.completed) },
      message: /is in en-US, but it's used for fr-FR/,
    },
  ],
  'custom-model-needs-model': [
    { request: { ...base, ModelSettings: {} }, message: /must also specify LanguageModelName/ },
  ],
  'custom-model-ready-and-same-language': [
    {
      request: { ...base, ...model(SEEDED_LANGUAGE_MODELS.inProgress) },
      message: /is IN_PROGRESS, not COMPLETED/,
    },
    {
      request: { ...base, LanguageCode: 'es-US', ...model(SEEDED_LANGUAGE_MODELS.completed) },
      message: /is in en-US, but it's used for es-US/,
    },
  ],
  'speakers-need-maximum': [
    {
      request: { ...base, Settings: { ShowSpeakerLabels: true } },
      message: /must also specify MaxSpeakerLabels/,
    },
    {
      request: { ...base, Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 31 } },
      message: /'settings.maxSpeakerLabels' failed to satisfy constraint/,
    },
  ],
  'alternatives-need-maximum': [
    {
      request: { ...base, Settings: { ShowAlternatives: true } },
      message: /must also specify MaxAlternatives/,
    },
    {
      request: { ...base, Settings: { ShowAlternatives: true, MaxAlternatives: 11 } },
      message: /'settings.maxAlternatives' failed to satisfy constraint/,
    },
  ],
  'toxicity-languages': [
    {
      request: {
        ...base,
        LanguageCode: 'es-US',
        ToxicityDetection: [{ ToxicityCategories: ['ALL'] }],
      },
      message: /Toxicity detection is supported only for en-US, not es-US/,
    },
    {
      request: { ...identify, ToxicityDetection: [{ ToxicityCategories: ['ALL'] }] },
      message: /not language identification/,
    },
  ],
  'filter-needs-filter': 'console only',
  'filter-needs-method': [
    {
      request: { ...base, Settings: { VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.profanity } },
      message: /must also specify VocabularyFilterMethod/,
    },
  ],
  'filter-same-language': [
    {
      request: {
        ...base,
        Settings: {
          VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.spanish,
          VocabularyFilterMethod: 'mask',
        },
      },
      message: /is in es-US, but it's used for en-US/,
    },
  ],
  'redaction-needs-specific-language': [
    {
      request: {
        ...identify,
        ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
      },
      message: /Content redaction isn't compatible with language identification/,
    },
  ],
  'redaction-languages': [
    {
      request: {
        ...base,
        LanguageCode: 'en-GB',
        ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
      },
      message: /Content redaction isn't supported for en-GB/,
    },
  ],
  'specific-entity-types-need-one': 'console only',
  'vocabulary-needs-vocabulary': 'console only',
  'vocabulary-ready-and-same-language': [
    {
      request: { ...base, Settings: { VocabularyName: SEEDED_VOCABULARIES.pending } },
      message: /is PENDING, not READY/,
    },
    {
      request: { ...base, Settings: { VocabularyName: SEEDED_VOCABULARIES.readySpanish } },
      message: /is in es-US, but it's used for en-US/,
    },
  ],
  'per-language-needs-language-options': [
    {
      request: {
        ...identify,
        LanguageOptions: undefined,
        LanguageIdSettings: { 'en-US': { VocabularyName: SEEDED_VOCABULARIES.ready } },
      },
      message: /LanguageIdSettings, you must also specify LanguageOptions/,
    },
  ],
  'per-language-needs-one-choice': 'console only',
};

describe("the console's rules between job options, refused by local-aws as by AWS", () => {
  it('lists every console rule: the API ones with a request, the console-only ones as such', () => {
    expect(Object.keys(consoleRuleRequests).sort()).toEqual(CONSOLE_RULES.map((r) => r.id).sort());
    for (const rule of CONSOLE_RULES)
      expect(consoleRuleRequests[rule.id] === 'console only', rule.id).toBe(
        rule.source.startsWith('Console'),
      );
  });

  const cases = Object.entries(consoleRuleRequests).flatMap(([id, requests]) =>
    requests === 'console only' ? [] : requests.map((entry) => ({ id, ...entry })),
  );
  it.each(cases)('$id: $message', async ({ request, message }) => {
    const error = await refusal(request);
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(message);
  });
});
