import {
  CreateLanguageModelCommand,
  type CreateLanguageModelRequest,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { resourceListQueryKey } from '@/lib/custom-resources/api/list-resources';
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
      queryClient.invalidateQueries({ queryKey: resourceListQueryKey('language-model') }),
      queryClient.invalidateQueries({ queryKey: languageModelQueryKey(input.ModelName ?? '') }),
    ]);
    return output;
  };
}
