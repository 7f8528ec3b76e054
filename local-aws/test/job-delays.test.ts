import {
  GetTranscriptionJobCommand,
  StartTranscriptionJobCommand,
  TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { MEETING_MEDIA_URI } from '../seed/ids';
import { clientConfig, startForTests } from './harness';

const local = startForTests({ jobDelays: { queuedMs: 50, inProgressMs: 50 } });

const setDelays = async (body: unknown) => {
  const response = await fetch(`${local.url}/_local/job-delays`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as unknown };
};

describe('/_local/job-delays', () => {
  it('changes how long new jobs wait in each state, and reset restores the start values', async () => {
    expect(await setDelays({ queuedMs: 600_000 })).toEqual({
      status: 200,
      json: { queuedMs: 600_000, inProgressMs: 50 },
    });
    const transcribe = new TranscribeClient(clientConfig(local.url));
    await transcribe.send(
      new StartTranscriptionJobCommand({
        TranscriptionJobName: 'slow-job',
        LanguageCode: 'en-US',
        Media: { MediaFileUri: MEETING_MEDIA_URI },
      }),
    );
    // A second job with no wait completes, while the slow one is still queued after it.
    await setDelays({ queuedMs: 0, inProgressMs: 0 });
    await transcribe.send(
      new StartTranscriptionJobCommand({
        TranscriptionJobName: 'fast-job',
        LanguageCode: 'en-US',
        Media: { MediaFileUri: MEETING_MEDIA_URI },
      }),
    );
    const statusOf = async (name: string) =>
      (await transcribe.send(new GetTranscriptionJobCommand({ TranscriptionJobName: name })))
        .TranscriptionJob?.TranscriptionJobStatus;
    await expect.poll(() => statusOf('fast-job')).toBe('COMPLETED');
    expect(await statusOf('slow-job')).toBe('QUEUED');

    local.server.reset();
    expect((await setDelays({})).json).toEqual({ queuedMs: 50, inProgressMs: 50 });
  });

  it('moves a queued job on when /_local/clock is stepped past its due time, not before', async () => {
    await setDelays({ queuedMs: 600_000, inProgressMs: 600_000 });
    const transcribe = new TranscribeClient(clientConfig(local.url));
    await transcribe.send(
      new StartTranscriptionJobCommand({
        TranscriptionJobName: 'stepped-job',
        LanguageCode: 'en-US',
        Media: { MediaFileUri: MEETING_MEDIA_URI },
      }),
    );
    const status = async () =>
      (
        await transcribe.send(
          new GetTranscriptionJobCommand({ TranscriptionJobName: 'stepped-job' }),
        )
      ).TranscriptionJob?.TranscriptionJobStatus;
    const step = (offsetMs: number) =>
      fetch(`${local.url}/_local/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ offsetMs }),
      });
    // A minute short of the due time, the job stays queued.
    await step(540_000);
    expect(await status()).toBe('QUEUED');
    await step(600_000);
    await expect.poll(status).toBe('IN_PROGRESS');
    await step(1_200_000);
    await expect.poll(status).toBe('COMPLETED');
  });

  it('refuses values that are not milliseconds', async () => {
    expect((await setDelays({ queuedMs: -1 })).status).toBe(400);
    expect((await setDelays({ inProgressMs: 'soon' })).status).toBe(400);
  });
});
