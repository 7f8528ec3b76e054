import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_BYTES, BodyDamaged, type BodyRef } from './bodies';
import { FileStore } from './file-store';
import { StoreDamaged } from './record-log';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-aws-file-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const logOf = (dir: string) => join(dir, 'records.log');

/** Flips one byte of a file, as a failing disk would. */
function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  bytes[offset] = bytes[offset]! ^ 0x01;
  writeFileSync(path, bytes);
}

/** The damage a store reports when opened on `dir`. */
function damageOf(dir: string): StoreDamaged {
  try {
    new FileStore(dir).close();
  } catch (error) {
    if (error instanceof StoreDamaged) return error;
    throw error;
  }
  throw new Error('the store opened');
}

async function readAll(store: FileStore, ref: BodyRef, start = 0, end = ref.size - 1) {
  const reader = await store.bodies.open(ref);
  await reader.verify(start, end);
  const chunks: Buffer[] = [];
  for await (const chunk of reader.stream(start, end)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('FileStore: damage is found, never skipped', () => {
  it('drops a torn last write and keeps writing after it', () => {
    const dir = tempDir();
    const first = new FileStore(dir);
    first.put('t', 'a', { n: 1 });
    first.close();
    // A crash in the middle of appending the next write: half a line, no newline.
    appendFileSync(logOf(dir), '0badc0de [{"t":"t","id":"b","v":{"n"');
    const second = new FileStore(dir);
    expect(second.loadReport.tornBytes).toBeGreaterThan(0);
    expect(second.ids('t')).toEqual(['a']);
    second.put('t', 'c', { n: 3 });
    second.close();
    const third = new FileStore(dir);
    expect(third.ids('t')).toEqual(['a', 'c']);
    third.close();
  });

  it('drops a last line whose unwritten pages read as NULs', () => {
    const dir = tempDir();
    const first = new FileStore(dir);
    first.put('t', 'a', { n: 1 });
    first.close();
    appendFileSync(
      logOf(dir),
      Buffer.concat([Buffer.from('12345678 [{"t"'), Buffer.alloc(40), Buffer.from('\n')]),
    );
    const second = new FileStore(dir);
    expect(second.ids('t')).toEqual(['a']);
    second.close();
  });

  it('stops at a damaged record in the middle, naming the file and record, printing no secret', () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    store.put('credentials', 'AKIDEXAMPLE', { secretAccessKey: 'very-secret-value-123' });
    store.put('other', 'x', { n: 2 });
    store.close();
    const before = readFileSync(logOf(dir));
    flipByte(logOf(dir), before.indexOf('very-secret'));
    const damage = damageOf(dir);
    expect(damage.message).toContain(logOf(dir));
    expect(damage.message).toContain('record 1 at byte 0 (a write to table credentials)');
    expect(damage.message).toContain('checksum does not match and records follow it');
    expect(damage.message).not.toMatch(/secret-value|AKIDEXAMPLE/);
    // Nothing was changed: the damaged file is still there, byte for byte.
    expect(readFileSync(logOf(dir)).length).toBe(before.length);
  });

  it('stops at a damaged last record that a crash cannot explain (it was acknowledged)', () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    store.put('t', 'a', { n: 1 });
    store.put('t', 'b', { n: 2 });
    store.close();
    const log = readFileSync(logOf(dir));
    flipByte(logOf(dir), log.lastIndexOf('"n":2') + 4);
    expect(damageOf(dir).message).toContain('record 2 at byte');
  });

  it('refuses a line that is not a record, and the old single-file format', () => {
    const dir = tempDir();
    writeFileSync(logOf(dir), 'not a record\n{"also":"not"}\n');
    expect(damageOf(dir).message).toContain('record 1 at byte 0');

    const old = tempDir();
    writeFileSync(join(old, 'snapshot.json'), '{}');
    expect(damageOf(old).message).toContain('snapshot.json');
  });

  it('stops when a body a record owns is missing or cut short, and removes bodies no record owns', async () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    const kept = store.bodies.writeSync(Buffer.from('kept'));
    store.put('objects', 'k', { body: kept }, [kept]);
    const orphan = store.bodies.create();
    await orphan.write(Buffer.from('never acknowledged'));
    await orphan.finish();
    store.close();
    const bodies = join(dir, 'bodies');
    expect(readdirSync(bodies)).toHaveLength(2);
    const reopened = new FileStore(dir);
    expect(reopened.loadReport.orphanBodies).toBe(1);
    expect(readdirSync(bodies)).toEqual([kept.id]);
    reopened.close();

    writeFileSync(join(bodies, kept.id), 'kep');
    expect(damageOf(dir).message).toMatch(
      /bodies\/[0-9a-f]{32}, the body of a record in table objects: it holds 3 bytes where its record says 4/,
    );
    rmSync(join(bodies, kept.id));
    expect(damageOf(dir).message).toContain('the file is missing');
  });
});

describe('FileStore bodies', () => {
  it('streams a body of several blocks to a file and reads any range back, checked', async () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    const data = Buffer.alloc(2 * BLOCK_BYTES + 1000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
    const writer = store.bodies.create();
    for (let at = 0; at < data.length; at += 70_000)
      await writer.write(data.subarray(at, at + 70_000));
    const ref = await writer.finish();
    expect(ref.size).toBe(data.length);
    expect(Buffer.from(ref.crcs, 'base64')).toHaveLength(12);
    expect(statSync(join(dir, 'bodies', ref.id)).size).toBe(data.length);
    expect((await readAll(store, ref)).equals(data)).toBe(true);
    const start = BLOCK_BYTES - 5;
    const end = 2 * BLOCK_BYTES + 10;
    expect((await readAll(store, ref, start, end)).equals(data.subarray(start, end + 1))).toBe(
      true,
    );
    expect(store.bodies.readSync(ref, start, end).equals(data.subarray(start, end + 1))).toBe(true);
    store.close();
  });

  it('finds a changed byte before serving any of the block, and only in the blocks read', async () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    const ref = store.bodies.writeSync(Buffer.alloc(BLOCK_BYTES + 10, 7));
    flipByte(join(dir, 'bodies', ref.id), BLOCK_BYTES + 3);
    const reader = await store.bodies.open(ref);
    await expect(reader.verify(0, ref.size - 1)).rejects.toThrow(BodyDamaged);
    await expect(reader.verify(0, 100)).resolves.toBeUndefined();
    await reader.close();
    expect(() => store.bodies.readSync(ref, BLOCK_BYTES, BLOCK_BYTES + 5)).toThrow(
      /block 1\): the bytes do not match their checksum/,
    );
    store.close();
  });

  it('removes a body once no record owns it, but not while it is being read', async () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    const first = store.bodies.writeSync(Buffer.from('first'));
    const second = store.bodies.writeSync(Buffer.from('second'));
    store.put('objects', 'k', { v: 1 }, [first]);
    const reader = await store.bodies.open(first);
    store.put('objects', 'k', { v: 2 }, [second]);
    const path = (ref: BodyRef) => join(dir, 'bodies', ref.id);
    expect(existsSync(path(first))).toBe(true);
    await reader.close();
    expect(existsSync(path(first))).toBe(false);
    store.delete('objects', 'k');
    expect(existsSync(path(second))).toBe(false);
    store.close();
  });

  it('moves a body from one record to another in a batch without removing it', () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    const part = store.bodies.writeSync(Buffer.from('part'));
    store.put('parts', 'p1', { n: 1 }, [part]);
    store.batch(() => {
      store.put('objects', 'o', { parts: 1 }, [part]);
      store.delete('parts', 'p1');
    });
    store.close();
    const reopened = new FileStore(dir);
    expect(reopened.bodies.readSync(part, 0, 3).toString()).toBe('part');
    reopened.clear();
    expect(existsSync(join(dir, 'bodies', part.id))).toBe(false);
    reopened.close();
  });
});

describe('FileStore log size', () => {
  it('compacts a log of mostly dead records, keeping order and bodies', () => {
    const dir = tempDir();
    const store = new FileStore(dir);
    const body = store.bodies.writeSync(Buffer.from('b'));
    store.put('t', 'first', { n: 0 }, [body]);
    // One batch, one fsync: the test is about the log's size, not the disk's speed.
    store.batch(() => {
      for (let i = 0; i < 12_000; i++) store.put('t', 'second', { n: i });
    });
    store.close();
    expect(statSync(logOf(dir)).size).toBeLessThan(1024);
    const reopened = new FileStore(dir);
    expect(reopened.ids('t')).toEqual(['first', 'second']);
    expect(reopened.get('t', 'second')).toEqual({ n: 11_999 });
    expect(reopened.bodies.readSync(body, 0, 0).toString()).toBe('b');
    reopened.close();
  });
});
