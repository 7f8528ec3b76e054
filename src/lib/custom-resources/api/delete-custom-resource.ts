import {
  DeleteLanguageModelCommand,
  DeleteVocabularyCommand,
  DeleteVocabularyFilterCommand,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import type { ResourceKind } from '../resource-kinds';
import { languageModelListQueryKey } from './list-language-models';
import { vocabularyListQueryKey } from './list-vocabularies';
import { vocabularyFilterListQueryKey } from './list-vocabulary-filters';

export async function deleteCustomResource(
  transcribe: Pick<TranscribeClient, 'send'>,
  kind: ResourceKind,
  name: string,
): Promise<void> {
  if (kind === 'vocabulary')
    await transcribe.send(new DeleteVocabularyCommand({ VocabularyName: name }));
  else if (kind === 'vocabulary-filter')
    await transcribe.send(new DeleteVocabularyFilterCommand({ VocabularyFilterName: name }));
  else await transcribe.send(new DeleteLanguageModelCommand({ ModelName: name }));
}

/** Each kind's list key and the key prefix of one resource's details. */
export const queryKeysOf: Record<
  ResourceKind,
  { list: readonly string[]; details: (name: string) => readonly string[] }
> = {
  vocabulary: {
    list: vocabularyListQueryKey,
    details: (name) => ['transcribe', 'vocabularies', 'get', name],
  },
  'vocabulary-filter': {
    list: vocabularyFilterListQueryKey,
    details: (name) => ['transcribe', 'vocabulary-filters', 'get', name],
  },
  'language-model': {
    list: languageModelListQueryKey,
    details: (name) => ['transcribe', 'language-models', 'get', name],
  },
};

/** Deletes a resource and reads its kind's list again; its details are forgotten once unused. */
export function useDeleteCustomResource(kind: ResourceKind) {
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteCustomResource(transcribe, kind, name),
    onSuccess: async (_output, name) => {
      queryClient.removeQueries({ queryKey: queryKeysOf[kind].details(name), type: 'inactive' });
      await queryClient.invalidateQueries({ queryKey: queryKeysOf[kind].list });
    },
  });
}
