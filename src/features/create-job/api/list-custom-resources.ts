import type {
  LanguageModel,
  VocabularyFilterInfo,
  VocabularyInfo,
} from '@aws-sdk/client-transcribe';
import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { getLanguageModelsQueryOptions } from '@/lib/custom-resources/api/list-language-models';
import { getVocabulariesQueryOptions } from '@/lib/custom-resources/api/list-vocabularies';
import { getVocabularyFiltersQueryOptions } from '@/lib/custom-resources/api/list-vocabulary-filters';

/** A custom vocabulary, vocabulary filter or language model as the job form offers it. */
export interface CustomResource {
  name: string;
  languageCode?: string;
  /** A vocabulary's state or a model's status; filters have none. */
  state?: string;
}

export type CustomResourceKind = 'vocabularies' | 'filters' | 'models';

const byName = (items: CustomResource[]) => items.sort((a, b) => a.name.localeCompare(b.name));

// Module-level, so that the selection is recomputed only when the list changes.
const fromVocabularies = (items: VocabularyInfo[]) =>
  byName(
    items.map((v) => ({
      name: v.VocabularyName ?? '',
      languageCode: v.LanguageCode,
      state: v.VocabularyState,
    })),
  );
const fromFilters = (items: VocabularyFilterInfo[]) =>
  byName(items.map((f) => ({ name: f.VocabularyFilterName ?? '', languageCode: f.LanguageCode })));
const fromModels = (items: LanguageModel[]) =>
  byName(
    items.map((m) => ({
      name: m.ModelName ?? '',
      languageCode: m.LanguageCode,
      state: m.ModelStatus,
    })),
  );

/**
 * What the job form's selects show: one load per visit to the form, Retry on failure, no
 * polling while something is processing (the list pages poll; the select shows what it found).
 */
const formList = { staleTime: 60_000, retry: false, refetchInterval: false } as const;

/**
 * The list of one kind, from the same query (and cache) as the custom resources' own list
 * pages, so that creating or deleting one there refreshes the form's select too. Loaded only
 * while `enabled` (an open container, a chosen option).
 */
export function useCustomResources(kind: CustomResourceKind, enabled = true) {
  const { transcribe } = useAwsClients();
  const vocabularies = useQuery({
    ...getVocabulariesQueryOptions(transcribe),
    ...formList,
    select: fromVocabularies,
    enabled: enabled && kind === 'vocabularies',
  });
  const filters = useQuery({
    ...getVocabularyFiltersQueryOptions(transcribe),
    ...formList,
    select: fromFilters,
    enabled: enabled && kind === 'filters',
  });
  const models = useQuery({
    ...getLanguageModelsQueryOptions(transcribe),
    ...formList,
    select: fromModels,
    enabled: enabled && kind === 'models',
  });
  return kind === 'vocabularies' ? vocabularies : kind === 'filters' ? filters : models;
}
