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
