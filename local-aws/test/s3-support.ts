import { S3Client } from '@aws-sdk/client-s3';
import { MEDIA_BUCKET, SEEDED_KEY_ARNS, TRANSCRIPTS_BUCKET } from '../seed/ids';
import { clientConfig } from './harness';

export type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** An S3 client on the emulator, path style as the console uses it. */
export const s3Client = (url: string, credentials?: Keys, region?: string) =>
  new S3Client({
    ...clientConfig(url, credentials),
    ...(region ? { region } : {}),
    forcePathStyle: true,
  });

export const keysOf = (c: Keys): Keys => ({
  accessKeyId: c.accessKeyId,
  secretAccessKey: c.secretAccessKey,
  sessionToken: c.sessionToken,
});

export interface SdkError {
  name: string;
  message: string;
  $metadata: { httpStatusCode?: number };
  [member: string]: unknown;
}

/** The error a call fails with; fails the test when it succeeds. */
export async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the call to fail');
}

export const MEDIA = MEDIA_BUCKET;
export const TRANSCRIPTS = TRANSCRIPTS_BUCKET;
export const OWN_KEY_ARN = SEEDED_KEY_ARNS.transcribeOutput;
export const AWS_S3_KEY_ARN = SEEDED_KEY_ARNS.awsS3;
export const SHARED_KEY_ARN = SEEDED_KEY_ARNS.sharedWithAnalytics;
export const PRIVATE_KEY_ARN = SEEDED_KEY_ARNS.private;
