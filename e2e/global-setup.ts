import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { FullConfig } from '@playwright/test';
import { LOCAL_AWS_FILE } from './local-aws-url';

/**
 * Starts one ephemeral local-aws on a random port for the whole run, with short job delays.
 * Tests reset it through `/_local/reset` where they need the seed as it was.
 *
 * It runs in a process of its own, as `npm run local-aws` does, not inside Playwright's
 * runner: work it does can then never hold up the runner's own timers (test timeouts, the
 * global timeout), and its watchdog ends it, saying where it was, if it ever stops answering.
 */
export default async function globalSetup(_config: FullConfig) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'local-aws/main.ts',
      '--port',
      '0',
      '--ephemeral',
      '--job-delay-ms',
      '300,700',
      '--watchdog-ms',
      '15000',
      '--exit-with-parent',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await listeningUrl(child);
  writeFileSync(LOCAL_AWS_FILE, url);
  process.env.LOCAL_AWS_URL = url;
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
}

/** The URL from local-aws's "listening on" line; its other output is passed on. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('local-aws did not start in 30 s')), 30_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      } else console.log(line);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`local-aws exited (${signal ?? `code ${code}`}) before it was listening`));
    });
  });
}
