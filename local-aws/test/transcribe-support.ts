import {
  GetTranscriptionJobCommand,
  type StartTranscriptionJobRequest,
  StartTranscriptionJobCommand,
  TranscribeClient,
  type TranscriptionJob,
} from '@aws-sdk/client-transcribe';
import { expect } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import type { StoredCredentials } from '../core/types';
import {
  ANALYST_ROLE_ARN,
  MEETING_MEDIA_URI,
  SEEDED_ALIAS_ARNS,
  SEEDED_KEY_ARNS,
  TRANSCRIPTS_BUCKET,
} from '../seed/ids';
import type { LocalAws } from '../server';
import { adminCredentials, clientConfig, signedPost } from './harness';

// Shared by the Transcribe conformance tests.

export const MEDIA = MEETING_MEDIA_URI;
export const OUTPUT_BUCKET = TRANSCRIPTS_BUCKET;
export const OWN_KEY_ARN = SEEDED_KEY_ARNS.transcribeOutput;
export const SHARED_KEY_ARN = SEEDED_KEY_ARNS.sharedWithAnalytics;
export const SHARED_ALIAS_ARN = SEEDED_ALIAS_ARNS.sharedWithAnalytics;

export interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const keysOf = (c: StoredCredentials): Keys => ({
  accessKeyId: c.accessKeyId,
  secretAccessKey: c.secretAccessKey,
  sessionToken: c.sessionToken,
});

export const analystKeys = (server: LocalAws): Keys =>
  keysOf(issueRoleCredentials(server.world, ANALYST_ROLE_ARN, 't'));

export interface SdkError {
  name: string;
  message: string;
  $metadata: { httpStatusCode?: number };
}

export async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the call to fail');
}

let counter = 0;
/** A job name no other test of the process uses (each test starts from the seed anyway). */
export const uniqueName = (label: string) => `${label}-${process.pid}-${++counter}`;

export async function startJob(
  transcribe: TranscribeClient,
  request: Partial<StartTranscriptionJobRequest> & { TranscriptionJobName: string },
): Promise<TranscriptionJob> {
  const response = await transcribe.send(
    new StartTranscriptionJobCommand({
      LanguageCode: 'en-US',
      Media: { MediaFileUri: MEDIA },
      ...request,
    }),
  );
  return response.TranscriptionJob!;
}

/** Waits until a job is COMPLETED or FAILED and returns its description. */
export async function finishedJob(
  transcribe: TranscribeClient,
  name: string,
): Promise<TranscriptionJob> {
  let job: TranscriptionJob | undefined;
  await expect
    .poll(
      async () => {
        job = (
          await transcribe.send(new GetTranscriptionJobCommand({ TranscriptionJobName: name }))
        ).TranscriptionJob;
        return job?.TranscriptionJobStatus;
      },
      { timeout: 10_000, interval: 25 },
    )
    .toMatch(/^(COMPLETED|FAILED)$/);
  return job!;
}

/**
 * A signed JSON 1.1 call whose raw reply the test reads, to see members an SDK would drop.
 */
export async function rawTranscribeCall(
  url: string,
  operation: string,
  body: unknown,
  credentials: Keys = adminCredentials,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await signedPost(
    url,
    {
      service: 'transcribe',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `Transcribe.${operation}`,
      },
      body: JSON.stringify(body),
    },
    credentials,
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export const transcribeAs = (url: string, keys: Keys = adminCredentials) =>
  new TranscribeClient(clientConfig(url, keys));
