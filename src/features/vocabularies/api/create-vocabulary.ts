import {
  CreateVocabularyCommand,
  type CreateVocabularyRequest,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { vocabularyListQueryKey } from '@/lib/custom-resources/api/list-vocabularies';
import { vocabularyQueryKey } from './get-vocabulary';

export async function createVocabulary(
  transcribe: Pick<TranscribeClient, 'send'>,
  input: CreateVocabularyRequest,
) {
  return transcribe.send(new CreateVocabularyCommand(input));
}

/** Creates a vocabulary; the list and any page of that name read again. */
export function useCreateVocabulary() {
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return async (input: CreateVocabularyRequest) => {
    const output = await createVocabulary(transcribe, input);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: vocabularyListQueryKey }),
      queryClient.invalidateQueries({ queryKey: vocabularyQueryKey(input.VocabularyName ?? '') }),
    ]);
    return output;
  };
}
