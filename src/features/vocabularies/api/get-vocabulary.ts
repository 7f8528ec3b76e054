import {
  GetVocabularyCommand,
  type GetVocabularyResponse,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { queryKeysOf } from '@/lib/custom-resources/api/delete-custom-resource';
import { isResourceNotFoundError } from '@/lib/custom-resources/resource-kinds';
import { refreshWhileProcessing } from '@/lib/custom-resources/resource-states';

export async function getVocabulary(
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
  signal?: AbortSignal,
): Promise<GetVocabularyResponse> {
  return transcribe.send(new GetVocabularyCommand({ VocabularyName: name }), {
    abortSignal: signal,
  });
}

export const vocabularyQueryKey = (name: string) => queryKeysOf.vocabulary.details(name);

/** The vocabulary, read again by itself while it is PENDING. */
export const getVocabularyQueryOptions = (
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
) =>
  queryOptions({
    queryKey: vocabularyQueryKey(name),
    queryFn: ({ signal }) => getVocabulary(transcribe, name, signal),
    // A vocabulary that does not exist will not appear by asking again.
    retry: (failures, error) => !isResourceNotFoundError(error) && failures < 1,
    refetchInterval: (query) => refreshWhileProcessing([query.state.data?.VocabularyState]),
  });

export function useVocabulary(name: string) {
  const { transcribe } = useAwsClients();
  return useQuery(getVocabularyQueryOptions(transcribe, name));
}
