import {
  GetTranscriptionJobCommand,
  type TranscribeClient,
  type TranscriptionJob,
} from '@aws-sdk/client-transcribe';
import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import {
  isJobNotFoundError,
  refreshIntervalFor,
  transcriptionJobKeys,
} from '@/lib/transcribe/jobs';

export async function getTranscriptionJob(
  transcribe: TranscribeClient,
  name: string,
  signal?: AbortSignal,
): Promise<TranscriptionJob> {
  const output = await transcribe.send(
    new GetTranscriptionJobCommand({ TranscriptionJobName: name }),
    { abortSignal: signal },
  );
  if (!output.TranscriptionJob) throw new Error('GetTranscriptionJob returned no job.');
  return output.TranscriptionJob;
}

/** The job, refreshed by itself until it ends (COMPLETED or FAILED). */
export function useTranscriptionJob(name: string, options: { enabled: boolean }) {
  const { transcribe } = useAwsClients();
  return useQuery({
    queryKey: transcriptionJobKeys.detail(name),
    queryFn: ({ signal }) => getTranscriptionJob(transcribe, name, signal),
    enabled: options.enabled,
    // An unknown job will not appear by asking again.
    retry: (failures, error) => !isJobNotFoundError(error) && failures < 1,
    refetchInterval: (query) => refreshIntervalFor([query.state.data?.TranscriptionJobStatus]),
  });
}
