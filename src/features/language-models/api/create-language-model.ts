import {
  CreateLanguageModelCommand,
  type CreateLanguageModelRequest,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { languageModelListQueryKey } from '@/lib/custom-resources/api/list-language-models';
import { languageModelQueryKey } from './describe-language-model';

export async function createLanguageModel(
  transcribe: Pick<TranscribeClient, 'send'>,
  input: CreateLanguageModelRequest,
) {
  return transcribe.send(new CreateLanguageModelCommand(input));
}

/** Creates a model; the list and any page of that name read again. */
export function useCreateLanguageModel() {
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return async (input: CreateLanguageModelRequest) => {
    const output = await createLanguageModel(transcribe, input);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: languageModelListQueryKey }),
      queryClient.invalidateQueries({ queryKey: languageModelQueryKey(input.ModelName ?? '') }),
    ]);
    return output;
  };
}
