import {
  StartTranscriptionJobCommand,
  type StartTranscriptionJobCommandInput,
  TranscribeClient,
  type TranscriptionJob,
} from '@aws-sdk/client-transcribe';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAppConfig } from '@/config/config-context';
import { useAwsClients } from '@/lib/aws/clients';
import { describeAwsError } from '@/lib/aws/errors';
import {
  findTranscriptionJob,
  transcriptionJobQueryKey,
} from '@/lib/transcribe/api/get-transcription-job';
import { transcriptionJobListsQueryKey } from '@/lib/transcribe/api/list-transcription-jobs';
import { customResourceFieldOf } from '../submit-error';
import { customResourcesQueryKey } from './list-custom-resources';

export interface StartJobDeps {
  start(input: StartTranscriptionJobCommandInput): Promise<TranscriptionJob | undefined>;
  getJob(name: string): Promise<TranscriptionJob | undefined>;
}

export interface StartedJob {
  job?: TranscriptionJob;
  /** True when the response was lost and the job was found to exist (ours) afterwards. */
  recovered: boolean;
}

/** How long before the click a job found afterwards may have been created and still be ours. */
export const OWN_JOB_WINDOW_MS = 60_000;

/**
 * Starts the job with one request. When the answer is lost (network error, 5xx) or is a
 * ConflictException that a retry of our own request could have caused, it asks
 * GetTranscriptionJob: a job of that name with the same media, created since just before
 * the click, is ours and the start succeeded. Anything else is the original error.
 */
export async function startTranscriptionJobOnce(
  deps: StartJobDeps,
  input: StartTranscriptionJobCommandInput,
  clickedAt: Date,
): Promise<StartedJob> {
  try {
    return { job: await deps.start(input), recovered: false };
  } catch (error) {
    const kind = describeAwsError(error).kind;
    if (kind !== 'conflict' && kind !== 'network' && kind !== 'server' && kind !== 'unknown')
      throw error;
    let existing: TranscriptionJob | undefined;
    try {
      existing = await deps.getJob(input.TranscriptionJobName ?? '');
    } catch {
      throw error;
    }
    const created = existing?.CreationTime?.getTime();
    const ours =
      existing !== undefined &&
      existing.Media?.MediaFileUri === input.Media?.MediaFileUri &&
      created !== undefined &&
      created >= clickedAt.getTime() - OWN_JOB_WINDOW_MS;
    if (ours) return { job: existing, recovered: true };
    throw error;
  }
}

/**
 * What a new job makes stale: every job list, and whatever was read about its name ("not
 * found", "name free"). Those are marked only, not read again at once: the page is on its way
 * to the new job, and a refetch now would flash "already exists" on the form it is leaving.
 */
export function invalidateAfterStart(queryClient: QueryClient, name: string): void {
  void queryClient.invalidateQueries({ queryKey: transcriptionJobListsQueryKey });
  void queryClient.invalidateQueries({
    queryKey: transcriptionJobQueryKey(name),
    refetchType: 'none',
  });
}

/** Starts the job (see `startTranscriptionJobOnce`) and, once it exists, invalidates what it changes. */
export async function startTranscriptionJob(
  deps: StartJobDeps,
  queryClient: QueryClient,
  input: StartTranscriptionJobCommandInput,
  clickedAt: Date,
): Promise<StartedJob> {
  let started: StartedJob;
  try {
    started = await startTranscriptionJobOnce(deps, input, clickedAt);
  } catch (error) {
    // A vocabulary, filter or model refused (gone, not ready any more): the selects read their
    // lists again, so they show its state now and the form's own check knows it too.
    const described = describeAwsError(error);
    if (described.kind === 'validation' && customResourceFieldOf(described.message, 'specific'))
      void queryClient.invalidateQueries({ queryKey: customResourcesQueryKey() });
    throw error;
  }
  invalidateAfterStart(queryClient, input.TranscriptionJobName ?? '');
  return started;
}

type CredentialsProvider = (() => Promise<AwsCredentialIdentity>) & { memoized?: boolean };

/**
 * A Transcribe client that makes exactly one attempt: the SDK's own retry of a throttled or
 * lost StartTranscriptionJob would turn into a second request the analyst never asked for.
 * It signs with the session's credentials provider, asked anew on every call.
 */
export function useStartTranscriptionJob() {
  const config = useAppConfig();
  const { transcribe } = useAwsClients();
  const queryClient = useQueryClient();
  return useMemo(() => {
    const credentials: CredentialsProvider = Object.assign(() => transcribe.config.credentials(), {
      memoized: true,
    });
    const once = new TranscribeClient({
      region: config.region,
      endpoint: config.endpoints?.transcribe,
      credentials,
      maxAttempts: 1,
    });
    const deps: StartJobDeps = {
      start: async (input) =>
        (await once.send(new StartTranscriptionJobCommand(input))).TranscriptionJob,
      getJob: (name) => findTranscriptionJob(transcribe, name),
    };
    return (input: StartTranscriptionJobCommandInput, clickedAt: Date) =>
      startTranscriptionJob(deps, queryClient, input, clickedAt);
  }, [config.region, config.endpoints?.transcribe, transcribe, queryClient]);
}
