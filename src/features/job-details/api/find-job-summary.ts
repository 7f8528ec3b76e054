import type {
  TranscribeClient,
  TranscriptionJobStatus,
  TranscriptionJobSummary,
} from '@aws-sdk/client-transcribe';
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { transcriptionJobQueryKey } from '@/lib/transcribe/api/get-transcription-job';
import {
  type JobsPage,
  listTranscriptionJobs,
  transcriptionJobListsQueryKey,
} from '@/lib/transcribe/api/list-transcription-jobs';

/**
 * The job's line in ListTranscriptionJobs, the only place its OutputLocationType is told:
 * GetTranscriptionJob does not say where a failed job was to write. Paged with the job's name
 * and status as filters, until the exact name is found.
 */
export async function findJobSummary(
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
  status: TranscriptionJobStatus | undefined,
  signal?: AbortSignal,
): Promise<TranscriptionJobSummary | null> {
  let nextToken: string | undefined;
  do {
    const page = await listTranscriptionJobs(
      transcribe,
      { nameContains: name, status, pageSize: 100, nextToken },
      signal,
    );
    const found = page.jobs.find((job) => job.TranscriptionJobName === name);
    if (found) return found;
    nextToken = page.nextToken;
  } while (nextToken);
  return null;
}

/** The job's line from a job list already loaded (the list the analyst came from), if any. */
function summaryInLists(queryClient: QueryClient, name: string) {
  for (const [, page] of queryClient.getQueriesData<JobsPage>({
    queryKey: transcriptionJobListsQueryKey,
  })) {
    const found = page?.jobs.find((job) => job.TranscriptionJobName === name);
    if (found) return found;
  }
  return undefined;
}

export const getJobSummaryQueryOptions = (
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
  status: TranscriptionJobStatus | undefined,
) =>
  queryOptions({
    queryKey: [...transcriptionJobQueryKey(name), 'summary', status],
    queryFn: ({ signal }) => findJobSummary(transcribe, name, status, signal),
    // Where a job was to write never changes.
    staleTime: Infinity,
    retry: false,
  });

export function useJobSummary(
  name: string,
  status: TranscriptionJobStatus | undefined,
  enabled: boolean,
) {
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return useQuery({
    ...getJobSummaryQueryOptions(transcribe, name, status),
    initialData: () => summaryInLists(queryClient, name),
    enabled,
  });
}
