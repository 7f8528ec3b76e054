import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DeleteTranscriptionJobCommand,
  GetTranscriptionJobCommand,
  StartTranscriptionJobCommand,
  type StartTranscriptionJobCommandInput,
  TranscribeClient,
  type TranscriptionJob,
  type TranscriptionJobStatus,
} from '@aws-sdk/client-transcribe';
import { expect } from '@playwright/test';
import { localAwsUrl } from './local-aws-url';
import { ADMIN, MEETING_MEDIA_URI, SEEDED_KEY_ARNS, SEEDED_KEYS } from '../local-aws/seed/ids';

/**
 * Jobs for the jobs-list and job-details tests, made through the real SDK as the admin of the
 * console's own account: the same account the analyst sees.
 */
const admin = {
  region: 'us-east-1',
  credentials: {
    accessKeyId: ADMIN.accessKeyId,
    secretAccessKey: ADMIN.secretAccessKey,
  },
  maxAttempts: 1,
};

export const MEDIA_URI = MEETING_MEDIA_URI;
export { TRANSCRIPTS_BUCKET } from '../local-aws/seed/ids';
export const OWN_KEY_ID = SEEDED_KEYS.transcribeOutput;
export const OWN_KEY_ARN = SEEDED_KEY_ARNS.transcribeOutput;
export const SHARED_KEY_ARN = SEEDED_KEY_ARNS.sharedWithAnalytics;

export const transcribe = () => new TranscribeClient({ ...admin, endpoint: localAwsUrl() });
const s3 = () => new S3Client({ ...admin, endpoint: localAwsUrl(), forcePathStyle: true });

export async function startJob(
  name: string,
  input: Partial<StartTranscriptionJobCommandInput> = {},
): Promise<void> {
  await transcribe().send(
    new StartTranscriptionJobCommand({
      TranscriptionJobName: name,
      LanguageCode: 'en-US',
      Media: { MediaFileUri: MEDIA_URI },
      ...input,
    }),
  );
}

export async function getJob(name: string): Promise<TranscriptionJob> {
  const output = await transcribe().send(
    new GetTranscriptionJobCommand({ TranscriptionJobName: name }),
  );
  return output.TranscriptionJob!;
}

export async function deleteJob(name: string): Promise<void> {
  await transcribe().send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: name }));
}

/** Waits (polling local-aws) until the job has ended in the given status. */
export async function jobEnded(name: string, status: TranscriptionJobStatus = 'COMPLETED') {
  await expect
    .poll(async () => (await getJob(name)).TranscriptionJobStatus, { timeout: 15_000 })
    .toBe(status);
  return getJob(name);
}

/** The words a seeded media file "says": its x-amz-meta-transcript metadata. */
export async function mediaTranscript(uri = MEDIA_URI): Promise<string> {
  const [, bucket, key] = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)!;
  const head = await s3().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  return head.Metadata?.transcript ?? '';
}

/** How long new jobs wait in QUEUED and IN_PROGRESS (`localAws.reset()` restores the run's). */
export async function setJobDelays(delays: { queuedMs?: number; inProgressMs?: number }) {
  const response = await fetch(`${localAwsUrl()}/_local/job-delays`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(delays),
  });
  if (!response.ok) throw new Error(`job-delays: HTTP ${response.status}`);
}

export interface LoggedRequest {
  time: string;
  service: string;
  operation: string;
  status: number;
}

export async function loggedRequests(operation: string): Promise<LoggedRequest[]> {
  const response = await fetch(`${localAwsUrl()}/_local/requests`);
  const { requests } = (await response.json()) as { requests: LoggedRequest[] };
  return requests.filter((request) => request.operation === operation);
}
