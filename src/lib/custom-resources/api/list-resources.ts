import {
  ListLanguageModelsCommand,
  ListVocabulariesCommand,
  ListVocabularyFiltersCommand,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import type { ResourceKind } from '../resource-kinds';
import { refreshWhileProcessing } from '../resource-states';

/** One custom vocabulary, vocabulary filter or language model as a list shows it. */
export interface ResourceRow {
  name: string;
  languageCode?: string;
  /** VocabularyState or ModelStatus; filters have none. */
  state?: string;
  lastModified?: Date;
}

type Transcribe = Pick<TranscribeClient, 'send'>;

// The List operations' largest page.
const PAGE_SIZE = 100;

/** One page of a kind's List operation, as rows, and the token of the next. */
async function listPage(
  transcribe: Transcribe,
  kind: ResourceKind,
  token: string | undefined,
  signal: AbortSignal | undefined,
): Promise<{ rows: ResourceRow[]; next: string | undefined }> {
  const input = { MaxResults: PAGE_SIZE, NextToken: token };
  const options = { abortSignal: signal };
  if (kind === 'vocabulary') {
    const page = await transcribe.send(new ListVocabulariesCommand(input), options);
    const rows = (page.Vocabularies ?? []).map((item) => ({
      name: item.VocabularyName ?? '',
      languageCode: item.LanguageCode,
      state: item.VocabularyState,
      lastModified: item.LastModifiedTime,
    }));
    return { rows, next: page.NextToken || undefined };
  }
  if (kind === 'vocabulary-filter') {
    const page = await transcribe.send(new ListVocabularyFiltersCommand(input), options);
    const rows = (page.VocabularyFilters ?? []).map((item) => ({
      name: item.VocabularyFilterName ?? '',
      languageCode: item.LanguageCode,
      lastModified: item.LastModifiedTime,
    }));
    return { rows, next: page.NextToken || undefined };
  }
  const page = await transcribe.send(new ListLanguageModelsCommand(input), options);
  const rows = (page.Models ?? []).map((item) => ({
    name: item.ModelName ?? '',
    languageCode: item.LanguageCode,
    state: item.ModelStatus,
    lastModified: item.LastModifiedTime,
  }));
  return { rows, next: page.NextToken || undefined };
}

/** Every resource of the kind in the account and Region, in the order Transcribe lists them. */
export async function listResources(
  transcribe: Transcribe,
  kind: ResourceKind,
  signal?: AbortSignal,
): Promise<ResourceRow[]> {
  const rows: ResourceRow[] = [];
  let token: string | undefined;
  do {
    const page = await listPage(transcribe, kind, token, signal);
    rows.push(...page.rows);
    token = page.next;
  } while (token);
  return rows;
}

/** What creating, updating or deleting a resource of the kind makes stale. */
export const resourceListQueryKey = (kind: ResourceKind) =>
  ['transcribe', 'custom-resource-list', kind] as const;

/** The list; it refreshes by itself while a vocabulary or model on it is being processed. */
export const getResourceListQueryOptions = (transcribe: Transcribe, kind: ResourceKind) =>
  queryOptions({
    queryKey: resourceListQueryKey(kind),
    queryFn: ({ signal }) => listResources(transcribe, kind, signal),
    refetchInterval: (query) => refreshWhileProcessing(query.state.data?.map((row) => row.state)),
  });

export function useResourceList(kind: ResourceKind) {
  const { transcribe } = useAwsClients();
  return useQuery(getResourceListQueryOptions(transcribe, kind));
}
