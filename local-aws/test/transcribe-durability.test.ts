import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetTranscriptionJobCommand } from '@aws-sdk/client-transcribe';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type LocalAws, startLocalAws } from '../server';
import { finishedJob, OUTPUT_BUCKET, startJob, transcribeAs } from './transcribe-support';

const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-transcribe-'));
const open: LocalAws[] = [];
afterAll(async () => {
  for (const server of open) await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// No job moves by itself while the test runs: each step takes five minutes of the emulator's
// clock, which the test steps (the due times are stored with each job, on that clock; two
// steps stay inside SigV4's 15-minute skew window for the SDK's requests).
const STEP = 5 * 60 * 1000;
const jobDelays = { queuedMs: STEP, inProgressMs: STEP };

describe('jobs survive a restart', () => {
  it('completes jobs that were queued when the process stopped, as its clock reaches their due times', async () => {
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
    const statusOf = async (name: string) =>
      (await after.send(new GetTranscriptionJobCommand({ TranscriptionJobName: name })))
        .TranscriptionJob?.TranscriptionJobStatus;
    const names = ['customer-bucket-at-restart', 'service-bucket-at-restart'];
    const statuses = () => Promise.all(names.map(statusOf));
    // Still queued after the restart: what moves them is the second process, once its clock
    // reaches the stored due times.
    expect(await statuses()).toEqual(['QUEUED', 'QUEUED']);
    second.world.setClockOffset(STEP);
    await vi.waitFor(async () => expect(await statuses()).toEqual(['IN_PROGRESS', 'IN_PROGRESS']));
    second.world.setClockOffset(2 * STEP);

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
