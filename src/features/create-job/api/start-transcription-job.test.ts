import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { getJobNameTakenQueryOptions } from '@/lib/transcribe/api/get-transcription-job';
import { getTranscriptionJobsQueryOptions } from '@/lib/transcribe/api/list-transcription-jobs';
import { customResourcesQueryKey } from './list-custom-resources';
import {
  startTranscriptionJob,
  startTranscriptionJobOnce,
  type StartJobDeps,
} from './start-transcription-job';

const input = {
  TranscriptionJobName: 'meeting',
  Media: { MediaFileUri: 's3://media-111122223333/samples/meeting.wav' },
  LanguageCode: 'en-US' as const,
};
const clickedAt = new Date('2026-11-28T19:00:00Z');
const sdkError = (name: string, status = 400) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

function deps(
  startResult: () => Promise<TranscriptionJob | undefined>,
  existing?: TranscriptionJob,
) {
  const calls: string[] = [];
  const d: StartJobDeps = {
    start: async () => {
      calls.push('start');
      return startResult();
    },
    getJob: async () => {
      calls.push('get');
      return existing;
    },
  };
  return { d, calls };
}

const ourJob: TranscriptionJob = {
  TranscriptionJobName: 'meeting',
  Media: { MediaFileUri: input.Media.MediaFileUri },
  CreationTime: new Date('2026-11-28T19:00:01Z'),
};

describe('startTranscriptionJobOnce', () => {
  it('sends one request and returns the job', async () => {
    const { d, calls } = deps(async () => ourJob);
    await expect(startTranscriptionJobOnce(d, input, clickedAt)).resolves.toEqual({
      job: ourJob,
      recovered: false,
    });
    expect(calls).toEqual(['start']);
  });

  it('treats a lost response whose job exists as success', async () => {
    const { d, calls } = deps(() => Promise.reject(new TypeError('Failed to fetch')), ourJob);
    await expect(startTranscriptionJobOnce(d, input, clickedAt)).resolves.toEqual({
      job: ourJob,
      recovered: true,
    });
    expect(calls).toEqual(['start', 'get']);
  });

  it('treats a conflict with our own just-created job as success', async () => {
    const { d } = deps(() => Promise.reject(sdkError('ConflictException')), ourJob);
    await expect(startTranscriptionJobOnce(d, input, clickedAt)).resolves.toMatchObject({
      recovered: true,
    });
  });

  it('keeps the conflict for a job with other media or an older job', async () => {
    const conflict = sdkError('ConflictException');
    const other = { ...ourJob, Media: { MediaFileUri: 's3://media-111122223333/other.wav' } };
    await expect(
      startTranscriptionJobOnce(deps(() => Promise.reject(conflict), other).d, input, clickedAt),
    ).rejects.toBe(conflict);
    const old = { ...ourJob, CreationTime: new Date('2026-11-28T18:00:00Z') };
    await expect(
      startTranscriptionJobOnce(deps(() => Promise.reject(conflict), old).d, input, clickedAt),
    ).rejects.toBe(conflict);
  });

  it('keeps a network error when no job was created', async () => {
    const lost = new TypeError('Failed to fetch');
    await expect(
      startTranscriptionJobOnce(deps(() => Promise.reject(lost)).d, input, clickedAt),
    ).rejects.toBe(lost);
  });

  it('does not look for a job after a throttle or access denied', async () => {
    for (const name of ['LimitExceededException', 'AccessDeniedException', 'BadRequestException']) {
      const error = sdkError(name);
      const { d, calls } = deps(() => Promise.reject(error), ourJob);
      await expect(startTranscriptionJobOnce(d, input, clickedAt)).rejects.toBe(error);
      expect(calls).toEqual(['start']);
    }
  });
});

describe('startTranscriptionJob', () => {
  const transcribe = { send: () => Promise.reject(new Error('not called')) };
  const listParams = { pageSize: 10 };

  it('makes every job list stale, and what was read about that name', async () => {
    const queryClient = new QueryClient();
    const list = getTranscriptionJobsQueryOptions(transcribe, listParams).queryKey;
    const filteredList = getTranscriptionJobsQueryOptions(transcribe, {
      ...listParams,
      status: 'COMPLETED',
      nameContains: 'meet',
    }).queryKey;
    const taken = getJobNameTakenQueryOptions(transcribe, 'meeting').queryKey;
    const otherName = getJobNameTakenQueryOptions(transcribe, 'other').queryKey;
    queryClient.setQueryData(list, { jobs: [] });
    queryClient.setQueryData(filteredList, { jobs: [] });
    queryClient.setQueryData(taken, false);
    queryClient.setQueryData(otherName, false);

    const { d } = deps(async () => ourJob);
    await startTranscriptionJob(d, queryClient, input, clickedAt);

    expect(queryClient.getQueryState(list)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(filteredList)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(taken)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(otherName)?.isInvalidated).toBe(false);
  });

  it('changes nothing when the job was not created', async () => {
    const queryClient = new QueryClient();
    const list = getTranscriptionJobsQueryOptions(transcribe, listParams).queryKey;
    queryClient.setQueryData(list, { jobs: [] });
    const { d } = deps(() => Promise.reject(sdkError('LimitExceededException')));
    await expect(startTranscriptionJob(d, queryClient, input, clickedAt)).rejects.toThrow();
    expect(queryClient.getQueryState(list)?.isInvalidated).toBe(false);
  });

  it('reads the custom resource lists again when Transcribe refuses one the job names', async () => {
    const queryClient = new QueryClient();
    const kinds = ['vocabularies', 'filters', 'models'] as const;
    for (const kind of kinds) queryClient.setQueryData(customResourcesQueryKey(kind), []);
    const refusal = Object.assign(sdkError('BadRequestException'), {
      message: 'The vocabulary meeting-terms is PENDING, not READY.',
    });
    const { d } = deps(() => Promise.reject(refusal));
    await expect(startTranscriptionJob(d, queryClient, input, clickedAt)).rejects.toBe(refusal);
    for (const kind of kinds)
      expect(queryClient.getQueryState(customResourcesQueryKey(kind))?.isInvalidated, kind).toBe(
        true,
      );

    // Any other refusal leaves them be.
    const other = new QueryClient();
    other.setQueryData(customResourcesQueryKey('vocabularies'), []);
    const { d: refused } = deps(() => Promise.reject(sdkError('BadRequestException')));
    await expect(startTranscriptionJob(refused, other, input, clickedAt)).rejects.toThrow();
    expect(other.getQueryState(customResourcesQueryKey('vocabularies'))?.isInvalidated).toBe(false);
  });
});
