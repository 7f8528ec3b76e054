import {
  CreateVocabularyFilterCommand,
  type CreateVocabularyFilterRequest,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { vocabularyFilterListQueryKey } from '@/lib/custom-resources/api/list-vocabulary-filters';
import { vocabularyFilterQueryKey } from './get-vocabulary-filter';

export async function createVocabularyFilter(
  transcribe: Pick<TranscribeClient, 'send'>,
  input: CreateVocabularyFilterRequest,
) {
  return transcribe.send(new CreateVocabularyFilterCommand(input));
}

/** Creates a vocabulary filter; the list and any page of that name read again. */
export function useCreateVocabularyFilter() {
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return async (input: CreateVocabularyFilterRequest) => {
    const output = await createVocabularyFilter(transcribe, input);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: vocabularyFilterListQueryKey }),
      queryClient.invalidateQueries({
        queryKey: vocabularyFilterQueryKey(input.VocabularyFilterName ?? ''),
      }),
    ]);
    return output;
  };
}
