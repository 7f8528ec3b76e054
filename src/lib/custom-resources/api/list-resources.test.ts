import {
  ListLanguageModelsCommand,
  ListVocabulariesCommand,
  ListVocabularyFiltersCommand,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { listResources } from './list-resources';

const when = new Date('2026-11-30T10:00:00Z');

/** A Transcribe stand-in that answers each List call with two pages, keeping the inputs. */
function twoPages() {
  const inputs: { command: string; token?: string; max?: number }[] = [];
  const send = (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const token = command.input.NextToken as string | undefined;
    inputs.push({
      command: command.constructor.name,
      token,
      max: command.input.MaxResults as number,
    });
    const n = token ? 2 : 1;
    const next = token ? undefined : 'page-2';
    if (command instanceof ListVocabulariesCommand)
      return Promise.resolve({
        Vocabularies: [
          {
            VocabularyName: `v${n}`,
            LanguageCode: 'en-US',
            VocabularyState: 'READY',
            LastModifiedTime: when,
          },
        ],
        NextToken: next,
      });
    if (command instanceof ListVocabularyFiltersCommand)
      return Promise.resolve({
        VocabularyFilters: [
          { VocabularyFilterName: `f${n}`, LanguageCode: 'es-US', LastModifiedTime: when },
        ],
        NextToken: next,
      });
    if (command instanceof ListLanguageModelsCommand)
      return Promise.resolve({
        Models: [
          {
            ModelName: `m${n}`,
            LanguageCode: 'en-US',
            ModelStatus: 'IN_PROGRESS',
            LastModifiedTime: when,
          },
        ],
        NextToken: next,
      });
    return Promise.reject(new Error('unexpected command'));
  };
  const transcribe: Pick<TranscribeClient, 'send'> = { send };
  return { transcribe, inputs };
}

describe('listResources', () => {
  it('reads every page of each kind, 100 at a time, into the same rows', async () => {
    const cases = [
      [
        'vocabulary',
        'ListVocabulariesCommand',
        { name: 'v1', languageCode: 'en-US', state: 'READY' },
      ],
      ['vocabulary-filter', 'ListVocabularyFiltersCommand', { name: 'f1', languageCode: 'es-US' }],
      [
        'language-model',
        'ListLanguageModelsCommand',
        { name: 'm1', languageCode: 'en-US', state: 'IN_PROGRESS' },
      ],
    ] as const;
    for (const [kind, command, first] of cases) {
      const { transcribe, inputs } = twoPages();
      const rows = await listResources(transcribe, kind);
      expect(rows, kind).toEqual([
        { ...first, lastModified: when },
        { ...first, name: first.name.replace('1', '2'), lastModified: when },
      ]);
      expect(inputs, kind).toEqual([
        { command, token: undefined, max: 100 },
        { command, token: 'page-2', max: 100 },
      ]);
    }
  });
});
