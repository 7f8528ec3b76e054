import {
  ListVocabularyFiltersCommand,
  type TranscribeClient,
  type VocabularyFilterInfo,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';

/** Every vocabulary filter of the account in this Region, newest first (all pages of 100). */
export async function listVocabularyFilters(
  transcribe: Pick<TranscribeClient, 'send'>,
  signal?: AbortSignal,
): Promise<VocabularyFilterInfo[]> {
  const items: VocabularyFilterInfo[] = [];
  let token: string | undefined;
  do {
    const page = await transcribe.send(
      new ListVocabularyFiltersCommand({ MaxResults: 100, NextToken: token }),
      { abortSignal: signal },
    );
    items.push(...(page.VocabularyFilters ?? []));
    token = page.NextToken || undefined;
  } while (token);
  return items;
}

export const vocabularyFilterListQueryKey = ['transcribe', 'vocabulary-filters', 'list'] as const;

/** Filters have no state: the list changes only when one is created or deleted. */
export const getVocabularyFiltersQueryOptions = (transcribe: Pick<TranscribeClient, 'send'>) =>
  queryOptions({
    queryKey: vocabularyFilterListQueryKey,
    queryFn: ({ signal }) => listVocabularyFilters(transcribe, signal),
  });

export function useVocabularyFilters() {
  const { transcribe } = useAwsClients();
  return useQuery(getVocabularyFiltersQueryOptions(transcribe));
}
