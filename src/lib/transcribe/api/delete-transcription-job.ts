import { DeleteTranscriptionJobCommand, type TranscribeClient } from '@aws-sdk/client-transcribe';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { transcriptionJobQueryKey } from './get-transcription-job';
import { transcriptionJobListsQueryKey } from './list-transcription-jobs';

export async function deleteTranscriptionJob(
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
): Promise<void> {
  await transcribe.send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: name }));
}

/**
 * Deletes a job and reads the job lists again. Its details are forgotten once no page reads
 * them: the details page disables its own query first, so it never flashes "not found" on the
 * way out.
 */
export function useDeleteTranscriptionJob() {
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteTranscriptionJob(transcribe, name),
    onSuccess: async (_output, name) => {
      queryClient.removeQueries({ queryKey: transcriptionJobQueryKey(name), type: 'inactive' });
      await queryClient.invalidateQueries({ queryKey: transcriptionJobListsQueryKey });
    },
  });
}
