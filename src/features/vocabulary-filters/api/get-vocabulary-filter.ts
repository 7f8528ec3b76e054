import {
  GetVocabularyFilterCommand,
  type GetVocabularyFilterResponse,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { queryKeysOf } from '@/lib/custom-resources/api/delete-custom-resource';
import { isResourceNotFoundError } from '@/lib/custom-resources/resource-kinds';

export async function getVocabularyFilter(
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
  signal?: AbortSignal,
): Promise<GetVocabularyFilterResponse> {
  return transcribe.send(new GetVocabularyFilterCommand({ VocabularyFilterName: name }), {
    abortSignal: signal,
  });
}

export const vocabularyFilterQueryKey = (name: string) =>
  queryKeysOf['vocabulary-filter'].details(name);

/** The filter. Filters have no state: it is ready once created. */
export const getVocabularyFilterQueryOptions = (
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
) =>
  queryOptions({
    queryKey: vocabularyFilterQueryKey(name),
    queryFn: ({ signal }) => getVocabularyFilter(transcribe, name, signal),
    // A filter that does not exist will not appear by asking again.
    retry: (failures, error) => !isResourceNotFoundError(error) && failures < 1,
  });

export function useVocabularyFilter(name: string) {
  const { transcribe } = useAwsClients();
  return useQuery(getVocabularyFilterQueryOptions(transcribe, name));
}
