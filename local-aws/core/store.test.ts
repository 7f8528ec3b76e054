import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from './file-store';
import { MemoryStore } from './store';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-aws-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('MemoryStore', () => {
  it('keeps insertion order and copies values', () => {
    const store = new MemoryStore();
    const value = { n: 1 };
    store.put('t', 'b', value);
    store.put('t', 'a', { n: 2 });
    value.n = 99;
    expect(store.ids('t')).toEqual(['b', 'a']);
    expect(store.get('t', 'b')).toEqual({ n: 1 });
    expect(store.delete('t', 'b')).toBe(true);
    expect(store.list('t')).toEqual([{ n: 2 }]);
  });
});

describe('FileStore', () => {
  it('survives a restart with puts, deletes and clear replayed', () => {
    const dir = tempDir();
    const first = new FileStore(dir);
    first.put('keys', 'k1', { state: 'Enabled' });
    first.put('keys', 'k2', { state: 'Enabled' });
    first.delete('keys', 'k1');
    first.batch(() => {
      first.put('jobs', 'j1', { status: 'QUEUED' });
      first.put('jobs', 'j1', { status: 'COMPLETED' });
    });
    first.close();
    const second = new FileStore(dir);
    expect(second.ids('keys')).toEqual(['k2']);
    expect(second.get('jobs', 'j1')).toEqual({ status: 'COMPLETED' });
    second.clear();
    second.put('keys', 'k3', {});
    second.close();
    const third = new FileStore(dir);
    expect(third.ids('keys')).toEqual(['k3']);
    expect(third.ids('jobs')).toEqual([]);
    third.close();
  });

  it('loses no acknowledged write when the process is killed with -9', async () => {
    const dir = tempDir();
    // A child writes as fast as it can and acknowledges each write on stdout after put returns.
    const script = `
      import { FileStore } from ${JSON.stringify(join(import.meta.dirname, 'file-store.ts'))};
      const store = new FileStore(process.argv[1]);
      for (let i = 0; ; i++) { store.put('t', 'id' + i, { i }); process.stdout.write('ack ' + i + '\\n'); }
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, dir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let acked = -1;
    let buffered = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      // A child that dies before it is killed fails the test at once, with its exit code.
      void exited.then((code) => {
        if (!child.killed)
          reject(new Error(`the writer exited by itself (${code}) at ack ${acked}`));
      });
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) acked = Number(line.slice(4));
        if (acked >= 200 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await exited;
    const store = new FileStore(dir);
    for (let i = 0; i <= acked; i++) expect(store.get('t', `id${i}`)).toEqual({ i });
    store.close();
  });
});
