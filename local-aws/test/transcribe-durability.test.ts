import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetTranscriptionJobCommand } from '@aws-sdk/client-transcribe';
import { afterAll, describe, expect, it } from 'vitest';
import { type LocalAws, startLocalAws } from '../server';
import { finishedJob, OUTPUT_BUCKET, startJob, transcribeAs } from './transcribe-support';

const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-transcribe-'));
const open: LocalAws[] = [];
afterAll(async () => {
  for (const server of open) await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// Long enough that no job moves before the restart; the due times are stored with each job.
const jobDelays = { queuedMs: 1500, inProgressMs: 1500 };

describe('jobs survive a restart', () => {
  it('completes jobs that were queued when the process stopped', async () => {
    const first = await startLocalAws({ port: 0, ephemeral: false, dataDir, jobDelays });
    const before = transcribeAs(first.url);
    await startJob(before, {
      TranscriptionJobName: 'customer-bucket-at-restart',
      OutputBucketName: OUTPUT_BUCKET,
      OutputEncryptionKMSKeyId: 'alias/transcribe-output',
    });
    await startJob(before, { TranscriptionJobName: 'service-bucket-at-restart' });
    await first.close();

    const second = await startLocalAws({ port: 0, ephemeral: false, dataDir, jobDelays });
    open.push(second);
    const after = transcribeAs(second.url);
    const statusNow = (
      await after.send(
        new GetTranscriptionJobCommand({ TranscriptionJobName: 'customer-bucket-at-restart' }),
      )
    ).TranscriptionJob?.TranscriptionJobStatus;
    // Still unfinished after the restart: what completes it is the second process.
    expect(statusNow).toMatch(/^(QUEUED|IN_PROGRESS)$/);

    const job = await finishedJob(after, 'customer-bucket-at-restart');
    expect(job.FailureReason).toBeUndefined();
    expect(job.TranscriptionJobStatus).toBe('COMPLETED');
    expect(job.Transcript?.TranscriptFileUri).toBe(
      `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/customer-bucket-at-restart.json`,
    );
    const service = await finishedJob(after, 'service-bucket-at-restart');
    expect(service.TranscriptionJobStatus).toBe('COMPLETED');
    // The presigned URL names the new process's address and verifies there.
    expect(service.Transcript!.TranscriptFileUri!.startsWith(second.url)).toBe(true);
    expect((await fetch(service.Transcript!.TranscriptFileUri!)).status).toBe(200);
  });
});
