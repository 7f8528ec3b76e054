import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

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
    region: 'us-east-1',
    userPoolId: 'us-east-1_Local0001',
    userPoolClientId: 'localconsoleclient00000001',
    identityPoolId: 'us-east-1:0c0c0c0c-0000-4000-8000-111122223333',
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
