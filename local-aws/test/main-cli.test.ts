import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FileStore } from '../core/file-store';

const main = join(import.meta.dirname, '..', 'main.ts');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('with --exit-with-parent, local-aws stops when the process that started it is killed', async () => {
  // A parent that starts local-aws, passes on its output, and is then killed with -9: no
  // teardown of its runs, as when a test runner is killed outright.
  const parentScript = `
    const { spawn } = require('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(main)},
      '--port', '0', '--ephemeral', '--exit-with-parent'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => {
      if (/listening on/.test(String(d))) process.stdout.write('child ' + child.pid + '\\n');
    });
  `;
  const parent = spawn(process.execPath, ['-e', parentScript], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let childPid: number | undefined;
  try {
    childPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (data: Buffer) => {
        const match = /child (\d+)/.exec(String(data));
        if (match) resolve(Number(match[1]));
      });
      parent.on('exit', (code) => reject(new Error(`the parent exited early (${code})`)));
    });
    expect(alive(childPid)).toBe(true);
    parent.kill('SIGKILL');
    await expect.poll(() => alive(childPid!), { timeout: 10_000, interval: 100 }).toBe(false);
  } finally {
    // A failure here must not leave either process running.
    parent.kill('SIGKILL');
    if (childPid !== undefined && alive(childPid)) process.kill(childPid, 'SIGKILL');
  }
}, 30_000);

/** A seed file with a wrong type and a member the seed does not have. */
function badSeedFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'local-aws-seed-')), 'seed.json');
  writeFileSync(file, JSON.stringify({ generatedKeys: 'lots', colour: 'blue' }));
  return file;
}

/** Runs `npm run local-aws -- ARGS` as far as it goes; for flags that must stop it at once. */
function runMain(args: string[], { ephemeral = true } = {}) {
  const flags = ephemeral ? ['--ephemeral', ...args] : args;
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

it.each([
  [['--bogus'], "local-aws: Unknown option '--bogus'"],
  [
    ['--port', 'abc'],
    'local-aws: --port takes a number from 0 to 65535 (0 picks a free one), not "abc"',
  ],
  [
    ['--job-delay-ms', '5,x'],
    'local-aws: --job-delay-ms takes N or N,M in milliseconds, not "5,x"',
  ],
  [['--watchdog-ms', '0'], 'local-aws: --watchdog-ms takes a number of milliseconds, not "0"'],
  [['--seed', '/nonexistent/seed.json'], 'local-aws: --seed /nonexistent/seed.json: ENOENT'],
  [
    ['--seed', badSeedFile()],
    'generatedKeys: Invalid input: expected number, received string; Unrecognized key: "colour"',
  ],
])(
  'a bad command line (%j) is said plainly, with exit code 2',
  async (args, message) => {
    const result = await runMain(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('See npm run local-aws -- --help');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  },
  20_000,
);

it('a port already in use is said plainly', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address() as AddressInfo;
  try {
    const result = await runMain(['--port', String(port)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`local-aws: port ${port} on 127.0.0.1 is in use`);
  } finally {
    taken.close();
  }
}, 20_000);

it('a damaged data dir stops the start with exit code 2, naming the file and record, no secret', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-damaged-'));
  const store = new FileStore(dataDir);
  store.put('credentials', 'AKIADAMAGED', { secretAccessKey: 'do-not-print-this-secret' });
  store.put('credentials', 'AKIAOTHER', { secretAccessKey: 'nor-this-one' });
  store.close();
  const log = join(dataDir, 'records.log');
  const bytes = readFileSync(log);
  const at = bytes.indexOf('do-not-print');
  bytes[at] = bytes[at]! ^ 1;
  writeFileSync(log, bytes);
  try {
    const result = await runMain(['--port', '0', '--data-dir', dataDir], { ephemeral: false });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `local-aws: the data dir is damaged: ${log}, record 1 at byte 0 (a write to table credentials)`,
    );
    expect(result.stderr).not.toMatch(/secret|this-one|AKIA/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 20_000);
