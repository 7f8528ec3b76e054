import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { IDENTITY_POOL_ID, REGION, USER_POOL_CLIENT_ID, USER_POOL_ID } from './seeded-world';

export const LOCAL_AWS_FILE = join(
  tmpdir(),
  `transcribe-console-e2e-local-aws-${process.ppid}.url`,
);

/** The URL of the run's local-aws (written by global setup). */
export function localAwsUrl(): string {
  return process.env.LOCAL_AWS_URL ?? readFileSync(LOCAL_AWS_FILE, 'utf8').trim();
}

/** The runtime configuration the built app fetches, pointed at this run's local-aws. */
export function e2eConfig(url = localAwsUrl()) {
  return {
    region: REGION,
    userPoolId: USER_POOL_ID,
    userPoolClientId: USER_POOL_CLIENT_ID,
    identityPoolId: IDENTITY_POOL_ID,
    endpoints: {
      cognitoIdp: url,
      cognitoIdentity: url,
      kms: url,
      transcribe: url,
      s3: url,
      sts: url,
    },
  };
}
