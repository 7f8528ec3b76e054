import {
  DescribeLanguageModelCommand,
  type LanguageModel,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { queryKeysOf } from '@/lib/custom-resources/api/delete-custom-resource';
import { isResourceNotFoundError } from '@/lib/custom-resources/resource-kinds';
import { refreshWhileProcessing } from '@/lib/custom-resources/resource-states';

export async function describeLanguageModel(
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
  signal?: AbortSignal,
): Promise<LanguageModel> {
  const output = await transcribe.send(new DescribeLanguageModelCommand({ ModelName: name }), {
    abortSignal: signal,
  });
  if (!output.LanguageModel) throw new Error('DescribeLanguageModel returned no model.');
  return output.LanguageModel;
}

export const languageModelQueryKey = (name: string) => queryKeysOf['language-model'].details(name);

/** The model, read again by itself while it is IN_PROGRESS (training). */
export const getLanguageModelQueryOptions = (
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
) =>
  queryOptions({
    queryKey: languageModelQueryKey(name),
    queryFn: ({ signal }) => describeLanguageModel(transcribe, name, signal),
    // A model that does not exist will not appear by asking again.
    retry: (failures, error) => !isResourceNotFoundError(error) && failures < 1,
    refetchInterval: (query) => refreshWhileProcessing([query.state.data?.ModelStatus]),
  });

export function useLanguageModel(name: string) {
  const { transcribe } = useAwsClients();
  return useQuery(getLanguageModelQueryOptions(transcribe, name));
}
