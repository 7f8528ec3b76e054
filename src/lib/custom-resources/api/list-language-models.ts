import {
  type LanguageModel,
  ListLanguageModelsCommand,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { refreshWhileProcessing } from '../resource-states';

/** Every custom language model of the account in this Region, newest first. */
export async function listLanguageModels(
  transcribe: Pick<TranscribeClient, 'send'>,
  signal?: AbortSignal,
): Promise<LanguageModel[]> {
  const items: LanguageModel[] = [];
  let token: string | undefined;
  do {
    const page = await transcribe.send(
      new ListLanguageModelsCommand({ MaxResults: 100, NextToken: token }),
      { abortSignal: signal },
    );
    items.push(...(page.Models ?? []));
    token = page.NextToken || undefined;
  } while (token);
  return items;
}

export const languageModelListQueryKey = ['transcribe', 'language-models', 'list'] as const;

/** The list; it refreshes by itself while any model on it is IN_PROGRESS. */
export const getLanguageModelsQueryOptions = (transcribe: Pick<TranscribeClient, 'send'>) =>
  queryOptions({
    queryKey: languageModelListQueryKey,
    queryFn: ({ signal }) => listLanguageModels(transcribe, signal),
    refetchInterval: (query) =>
      refreshWhileProcessing(query.state.data?.map((item) => item.ModelStatus)),
  });

export function useLanguageModels() {
  const { transcribe } = useAwsClients();
  return useQuery(getLanguageModelsQueryOptions(transcribe));
}
