import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import {
  getResourceListQueryOptions,
  type ResourceRow,
  resourceListQueryKey,
} from '@/lib/custom-resources/api/list-resources';
import type { ResourceKind } from '@/lib/custom-resources/resource-kinds';

/** A custom vocabulary, vocabulary filter or language model as the job form offers it. */
export interface CustomResource {
  name: string;
  languageCode?: string;
  /** A vocabulary's state or a model's status; filters have none. */
  state?: string;
}

export type CustomResourceKind = 'vocabularies' | 'filters' | 'models';

const RESOURCE_KIND: Record<CustomResourceKind, ResourceKind> = {
  vocabularies: 'vocabulary',
  filters: 'vocabulary-filter',
  models: 'language-model',
};

/** The key a job's refusal invalidates: one kind's list, or all three without a kind. */
export const customResourcesQueryKey = (kind?: CustomResourceKind) =>
  kind
    ? resourceListQueryKey(RESOURCE_KIND[kind])
    : (['transcribe', 'custom-resource-list'] as const);

// Module-level, so that the selection is recomputed only when the list changes; a copy, so
// that the list pages' cached order is left as Transcribe gave it.
const byName = (rows: ResourceRow[]): CustomResource[] =>
  rows
    .map(({ name, languageCode, state }) => ({ name, languageCode, state }))
    .sort((a, b) => a.name.localeCompare(b.name));

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
  return useQuery({
    ...getResourceListQueryOptions(transcribe, RESOURCE_KIND[kind]),
    ...formList,
    select: byName,
    enabled,
  });
}
