import {
  GetTranscriptionJobCommand,
  type TranscribeClient,
  type TranscriptionJob,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { isJobNotFoundError, refreshIntervalFor } from '../jobs';

type Transcribe = Pick<TranscribeClient, 'send'>;

export async function getTranscriptionJob(
  transcribe: Transcribe,
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

/** The job of that name, or `undefined` when there is none (Transcribe's BadRequestException). */
export async function findTranscriptionJob(
  transcribe: Transcribe,
  name: string,
  signal?: AbortSignal,
): Promise<TranscriptionJob | undefined> {
  try {
    return await getTranscriptionJob(transcribe, name, signal);
  } catch (error) {
    if (isJobNotFoundError(error)) return undefined;
    throw error;
  }
}

/**
 * The key of everything read about one job: the job, and under it what pages read about it
 * (its transcript, its output object, whether the name is taken). Changing or deleting the job
 * invalidates or removes them all at once.
 */
export const transcriptionJobQueryKey = (name: string) =>
  ['transcription-jobs', 'detail', name] as const;

/** The job, refreshed by itself until it ends (COMPLETED or FAILED). */
export const getTranscriptionJobQueryOptions = (transcribe: Transcribe, name: string) =>
  queryOptions({
    queryKey: transcriptionJobQueryKey(name),
    queryFn: ({ signal }) => getTranscriptionJob(transcribe, name, signal),
    // An unknown job will not appear by asking again.
    retry: (failures, error) => !isJobNotFoundError(error) && failures < 1,
    refetchInterval: (query) => refreshIntervalFor([query.state.data?.TranscriptionJobStatus]),
  });

export function useTranscriptionJob(name: string, options: { enabled: boolean }) {
  const { transcribe } = useAwsClients();
  return useQuery({ ...getTranscriptionJobQueryOptions(transcribe, name), ...options });
}

/** Whether a job of that name exists; errors other than "not found" leave it unknown. */
export const getJobNameTakenQueryOptions = (transcribe: Transcribe, name: string) =>
  queryOptions({
    queryKey: [...transcriptionJobQueryKey(name), 'exists'],
    queryFn: async ({ signal }) =>
      (await findTranscriptionJob(transcribe, name, signal)) !== undefined,
    staleTime: 10_000,
    retry: false,
  });
