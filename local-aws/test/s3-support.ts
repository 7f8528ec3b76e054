import { S3Client } from '@aws-sdk/client-s3';
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

export const MEDIA = 'media-111122223333';
export const TRANSCRIPTS = 'transcripts-111122223333';
export const OWN_KEY_ARN =
  'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-0001-4000-8000-111122223333';
export const AWS_S3_KEY_ARN =
  'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-00a5-4000-8000-111122223333';
export const SHARED_KEY_ARN =
  'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';
export const PRIVATE_KEY_ARN =
  'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0002-4000-8000-444455556666';
