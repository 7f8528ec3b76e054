import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { ADMIN } from '../local-aws/seed/ids';

export const rootDir = resolve(import.meta.dirname, '..');

export interface RunningLocalAws {
  url: string;
  /** The emulator's own process (its memory is measured from /proc). */
  pid: number;
  stop(): Promise<void>;
}

/** Starts local-aws in its own process (ephemeral, random port) so the bench client does not share its event loop. */
export async function spawnLocalAws(args: string[] = []): Promise<RunningLocalAws> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(rootDir, 'local-aws/main.ts'),
      '--ephemeral',
      '--port',
      '0',
      ...args,
    ],
    { cwd: rootDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolveUrl(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`local-aws exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export const adminCredentials = {
  accessKeyId: ADMIN.accessKeyId,
  secretAccessKey: ADMIN.secretAccessKey,
};

export interface BenchResult {
  name: string;
  lines: string[];
  /** Budgets that were exceeded; a non-empty list fails the bench. */
  failures: string[];
}
