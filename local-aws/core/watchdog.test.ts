import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `body` in a child process with a 1-second watchdog; resolves with how it ended. */
function runWithWatchdog(body: string) {
  const script = `
    import { startWatchdog } from ${JSON.stringify(join(import.meta.dirname, 'watchdog.ts'))};
    startWatchdog(1000);
    ${body}
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
}

describe('watchdog', () => {
  it('ends a process whose main thread is stuck, naming the function it is stuck in', async () => {
    const result = await runWithWatchdog(`
      function spinForever() { for (;;) {} }
      setTimeout(spinForever, 100);
    `);
    expect(result.signal).toBe('SIGKILL');
    expect(result.stderr).toMatch(/has not answered for \d+ ms/);
    expect(result.stderr).toMatch(/at spinForever \(/);
  }, 20_000);

  it('leaves a busy process alone while it keeps answering', async () => {
    const result = await runWithWatchdog(`
      // 3 seconds of 200 ms bursts of work: busy, never stuck for the watchdog's second.
      const until = Date.now() + 3000;
      const burst = () => {
        const end = Date.now() + 200;
        while (Date.now() < end) {}
        if (Date.now() < until) setTimeout(burst, 10);
      };
      burst();
    `);
    expect(result).toEqual({ code: 0, signal: null, stderr: '' });
  }, 20_000);
});
