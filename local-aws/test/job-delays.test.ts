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

  it('refuses values that are not milliseconds', async () => {
    expect((await setDelays({ queuedMs: -1 })).status).toBe(400);
    expect((await setDelays({ inProgressMs: 'soon' })).status).toBe(400);
  });
});
