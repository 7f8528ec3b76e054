import { writeFileSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';
import { startLocalAws } from '../local-aws/server';
import { LOCAL_AWS_FILE } from './local-aws-url';

/**
 * Starts one ephemeral local-aws on a random port for the whole run, with short job delays.
 * Tests reset it through `/_local/reset` where they need the seed as it was.
 */
export default async function globalSetup(_config: FullConfig) {
  const server = await startLocalAws({
    port: 0,
    ephemeral: true,
    jobDelays: { queuedMs: 300, inProgressMs: 700 },
  });
  writeFileSync(LOCAL_AWS_FILE, server.url);
  process.env.LOCAL_AWS_URL = server.url;
  return async () => {
    await server.close();
  };
}
