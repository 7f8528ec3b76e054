import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

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
  const childPid = await new Promise<number>((resolve) => {
    parent.stdout.on('data', (data: Buffer) => {
      const match = /child (\d+)/.exec(String(data));
      if (match) resolve(Number(match[1]));
    });
  });
  expect(alive(childPid)).toBe(true);
  parent.kill('SIGKILL');
  await expect.poll(() => alive(childPid), { timeout: 10_000, interval: 100 }).toBe(false);
}, 30_000);
