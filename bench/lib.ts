import { resolve } from 'node:path';
import { ADMIN } from '../local-aws/seed/ids';
import { type ServerProcess, startServer, urlFromOutput } from '../scripts/server-process';

export const rootDir = resolve(import.meta.dirname, '..');

/** The build the bench serves and reads (BENCH_OUT_DIR, else dist/). */
export function builtDir(): string {
  return resolve(rootDir, process.env.BENCH_OUT_DIR ?? 'dist');
}

export function builtAssetsDir(): string {
  return resolve(builtDir(), 'assets');
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Starts local-aws in its own process group (random port; ephemeral unless `dataDir` is
 * given) so that the bench client does not share its event loop, and so that stopping it ends
 * all of it.
 */
export async function spawnLocalAws(
  args: string[] = [],
  nodeOptions: string[] = [],
  dataDir?: string,
): Promise<ServerProcess> {
  const server = await startServer({
    name: 'local-aws',
    command: process.execPath,
    args: [
      ...nodeOptions,
      '--import',
      'tsx',
      resolve(rootDir, 'local-aws/main.ts'),
      ...(dataDir ? ['--data-dir', dataDir] : ['--ephemeral']),
      '--port',
      '0',
      ...args,
    ],
    cwd: rootDir,
    ready: urlFromOutput(/listening on (http:\/\/\S+)/),
  });
  console.error(`  (local-aws on ${server.url}, process group ${server.pid})`);
  return server;
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

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** "1.42×": a figure against its reference from the same run. */
export const ratio = (value: number, reference: number) => `${(value / reference).toFixed(2)}×`;

/** A plain-text table: a header row, a rule, and the rows, each column as wide as its widest cell. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
