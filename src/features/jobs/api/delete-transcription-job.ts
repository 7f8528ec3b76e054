import { DeleteTranscriptionJobCommand, type TranscribeClient } from '@aws-sdk/client-transcribe';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { transcriptionJobKeys } from '@/lib/transcribe/jobs';

export async function deleteTranscriptionJob(
  transcribe: TranscribeClient,
  name: string,
): Promise<void> {
  await transcribe.send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: name }));
}

/** Deletes a job, forgets its details and reads the job lists again. */
export function useDeleteTranscriptionJob() {
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteTranscriptionJob(transcribe, name),
    onSuccess: async (_output, name) => {
      queryClient.removeQueries({ queryKey: transcriptionJobKeys.detail(name) });
      await queryClient.invalidateQueries({ queryKey: transcriptionJobKeys.lists() });
    },
  });
}
