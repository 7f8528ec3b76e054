import {
  ListTranscriptionJobsCommand,
  type TranscribeClient,
  type TranscriptionJobStatus,
  type TranscriptionJobSummary,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { refreshIntervalFor } from '../jobs';

export interface ListJobsParams {
  status?: TranscriptionJobStatus;
  /** Sent as JobNameContains; already checked against the job name pattern. */
  nameContains?: string;
  /** MaxResults, 1–100. */
  pageSize: number;
  /** The page's NextToken; none for the first page. */
  nextToken?: string;
}

export interface JobsPage {
  jobs: TranscriptionJobSummary[];
  nextToken?: string;
}

export async function listTranscriptionJobs(
  transcribe: Pick<TranscribeClient, 'send'>,
  params: ListJobsParams,
  signal?: AbortSignal,
): Promise<JobsPage> {
  const output = await transcribe.send(
    new ListTranscriptionJobsCommand({
      Status: params.status,
      JobNameContains: params.nameContains || undefined,
      MaxResults: params.pageSize,
      NextToken: params.nextToken,
    }),
    { abortSignal: signal },
  );
  return { jobs: output.TranscriptionJobSummaries ?? [], nextToken: output.NextToken || undefined };
}

/** The key every page of every job list starts with: what creating or deleting a job makes stale. */
export const transcriptionJobListsQueryKey = ['transcription-jobs', 'list'] as const;

/**
 * One page of jobs. It refreshes by itself while any job on it is QUEUED or IN_PROGRESS and
 * stops once none is.
 */
export const getTranscriptionJobsQueryOptions = (
  transcribe: Pick<TranscribeClient, 'send'>,
  params: ListJobsParams,
) =>
  queryOptions({
    queryKey: [...transcriptionJobListsQueryKey, params],
    queryFn: ({ signal }) => listTranscriptionJobs(transcribe, params, signal),
    refetchInterval: (query) =>
      refreshIntervalFor(query.state.data?.jobs.map((job) => job.TranscriptionJobStatus)),
  });

export function useTranscriptionJobs(params: ListJobsParams, options: { enabled: boolean }) {
  const { transcribe } = useAwsClients();
  return useQuery({ ...getTranscriptionJobsQueryOptions(transcribe, params), ...options });
}
