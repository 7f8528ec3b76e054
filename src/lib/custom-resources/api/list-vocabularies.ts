import {
  ListVocabulariesCommand,
  type TranscribeClient,
  type VocabularyInfo,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { refreshWhileProcessing } from '../resource-states';

/** Every custom vocabulary of the account in this Region, newest first (all pages of 100). */
export async function listVocabularies(
  transcribe: Pick<TranscribeClient, 'send'>,
  signal?: AbortSignal,
): Promise<VocabularyInfo[]> {
  const items: VocabularyInfo[] = [];
  let token: string | undefined;
  do {
    const page = await transcribe.send(
      new ListVocabulariesCommand({ MaxResults: 100, NextToken: token }),
      { abortSignal: signal },
    );
    items.push(...(page.Vocabularies ?? []));
    token = page.NextToken || undefined;
  } while (token);
  return items;
}

/** What creating, updating or deleting a vocabulary makes stale. */
export const vocabularyListQueryKey = ['transcribe', 'vocabularies', 'list'] as const;

/** The list; it refreshes by itself while any vocabulary on it is PENDING. */
export const getVocabulariesQueryOptions = (transcribe: Pick<TranscribeClient, 'send'>) =>
  queryOptions({
    queryKey: vocabularyListQueryKey,
    queryFn: ({ signal }) => listVocabularies(transcribe, signal),
    refetchInterval: (query) =>
      refreshWhileProcessing(query.state.data?.map((item) => item.VocabularyState)),
  });

export function useVocabularies() {
  const { transcribe } = useAwsClients();
  return useQuery(getVocabulariesQueryOptions(transcribe));
}
