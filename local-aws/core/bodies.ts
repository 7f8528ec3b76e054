import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';

// Bodies: bytes too large to live in a record (S3 objects and parts). Each is written once,
// as a stream, and never changed; a record names it by a BodyRef, which carries a CRC-32 of
// every block, so a body that no longer matches is found before any of it is served.

/** The unit a body's checksums cover: reads verify whole blocks. */
export const BLOCK_BYTES = 1024 * 1024;

/** A body as a record names it. */
export interface BodyRef {
  id: string;
  size: number;
  /** base64 of each block's CRC-32, 4 bytes big-endian apiece. */
  crcs: string;
}

/** A body that is not what its record says: missing, short, or a block whose CRC differs. */
export class BodyDamaged extends Error {
  constructor(
    readonly bodyId: string,
    readonly where: string,
    what: string,
  ) {
    super(`body ${bodyId} (${where}): ${what}`);
  }
}

/** Streams bytes into a new body. Nothing is kept until a record names the body. */
export interface BodyWriter {
  write(chunk: Buffer): Promise<void>;
  /** Makes the body durable and returns its reference. */
  finish(): Promise<BodyRef>;
  /** Forgets what was written. */
  abort(): Promise<void>;
}

/** A body opened for reading; it is not removed while open. */
export interface BodyReader {
  /** Checks the blocks holding bytes `start`…`end` (inclusive); throws BodyDamaged. */
  verify(start: number, end: number): Promise<void>;
  /** Bytes `start`…`end`, each block checked again as it is read; closes the reader at its end. */
  stream(start: number, end: number): Readable;
  close(): Promise<void>;
}

/** Where bodies live: files in the data dir, or memory for an ephemeral store. */
export interface BodyStorage {
  create(): BodyWriter;
  /** A small body written at once (system writes, seeds). */
  writeSync(data: Buffer): BodyRef;
  /** Bytes `start`…`end` of a body, checked; for small reads. */
  readSync(ref: BodyRef, start: number, end: number): Buffer;
  open(ref: BodyRef): Promise<BodyReader>;
  /** Keeps bodies from removal until the returned function is called (a read in progress). */
  hold(ids: readonly string[]): () => void;
  /** Removes bodies no record names any more (deferred while held or open). */
  remove(ids: readonly string[]): void;
}

/** Running CRC-32s of a stream's blocks. */
export class BlockSums {
  private readonly sums: number[] = [];
  private current = 0;
  private filled = 0;
  size = 0;

  update(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(BLOCK_BYTES - this.filled, chunk.length - offset);
      this.current = crc32(chunk.subarray(offset, offset + take), this.current);
      this.filled += take;
      offset += take;
      if (this.filled === BLOCK_BYTES) {
        this.sums.push(this.current);
        this.current = 0;
        this.filled = 0;
      }
    }
    this.size += chunk.length;
  }

  digest(): string {
    const sums = this.filled > 0 ? [...this.sums, this.current] : this.sums;
    const out = Buffer.alloc(sums.length * 4);
    sums.forEach((sum, i) => out.writeUInt32BE(sum >>> 0, i * 4));
    return out.toString('base64');
  }
}

export const newBodyId = () => randomBytes(16).toString('hex');

function blockSum(ref: BodyRef, block: number): number {
  const crcs = Buffer.from(ref.crcs, 'base64');
  if (crcs.length !== Math.ceil(ref.size / BLOCK_BYTES) * 4)
    throw new BodyDamaged(ref.id, 'its record', 'the block checksums do not fit its size');
  return crcs.readUInt32BE(block * 4);
}

/** Checks one block's bytes against its record; `bytes` is the whole block. */
export function checkBlock(ref: BodyRef, block: number, bytes: Buffer): void {
  const expected = Math.min(BLOCK_BYTES, ref.size - block * BLOCK_BYTES);
  if (bytes.length !== expected)
    throw new BodyDamaged(ref.id, `block ${block}`, 'the file is shorter than its record says');
  if (crc32(bytes) >>> 0 !== blockSum(ref, block))
    throw new BodyDamaged(ref.id, `block ${block}`, 'the bytes do not match their checksum');
}

export const blocksOf = (start: number, end: number) => ({
  first: Math.floor(start / BLOCK_BYTES),
  last: Math.floor(end / BLOCK_BYTES),
});

/** A reader over any way of fetching a whole block. */
export function blockReader(
  ref: BodyRef,
  readBlock: (block: number) => Promise<Buffer>,
  close: () => Promise<void>,
): BodyReader {
  let closed = false;
  const closeOnce = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  return {
    async verify(start, end) {
      if (end < start) return;
      const { first, last } = blocksOf(start, end);
      for (let block = first; block <= last; block++)
        checkBlock(ref, block, await readBlock(block));
    },
    stream(start, end) {
      async function* blocks() {
        try {
          if (end < start) return;
          const { first, last } = blocksOf(start, end);
          for (let block = first; block <= last; block++) {
            const bytes = await readBlock(block);
            checkBlock(ref, block, bytes);
            const base = block * BLOCK_BYTES;
            yield bytes.subarray(Math.max(0, start - base), Math.min(bytes.length, end - base + 1));
          }
        } finally {
          await closeOnce();
        }
      }
      // One block in flight: memory stays flat however large the body.
      return Readable.from(blocks(), { objectMode: false, highWaterMark: 1 });
    },
    close: closeOnce,
  };
}

/** Bodies in use, whose removal waits until the last use ends. */
export class Holds {
  private readonly counts = new Map<string, number>();
  private readonly doomed = new Set<string>();

  constructor(private readonly drop: (id: string) => void) {}

  hold(ids: readonly string[]): () => void {
    for (const id of ids) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const id of ids) {
        const count = (this.counts.get(id) ?? 1) - 1;
        if (count > 0) this.counts.set(id, count);
        else {
          this.counts.delete(id);
          if (this.doomed.delete(id)) this.drop(id);
        }
      }
    };
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.counts.has(id)) this.doomed.add(id);
      else this.drop(id);
    }
  }
}

/** Bodies as files in `dir`, one per body, each fsynced before its reference is returned. */
export class FileBodies implements BodyStorage {
  private readonly holds = new Holds((id) => this.unlink(id));

  constructor(readonly dir: string) {}

  path(id: string): string {
    return join(this.dir, id);
  }

  private syncDir(): void {
    // The new file's name must be durable too, not only its bytes.
    const fd = openSync(this.dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  create(): BodyWriter {
    const id = newBodyId();
    const sums = new BlockSums();
    let handle: FileHandle | undefined;
    const file = async () => (handle ??= await open(this.path(id), 'wx'));
    return {
      write: async (chunk) => {
        const fh = await file();
        sums.update(chunk);
        let written = 0;
        while (written < chunk.length)
          written += (await fh.write(chunk, written, chunk.length - written)).bytesWritten;
      },
      finish: async () => {
        const fh = await file();
        await fh.sync();
        await fh.close();
        this.syncDir();
        return { id, size: sums.size, crcs: sums.digest() };
      },
      abort: async () => {
        await handle?.close().catch(() => {});
        this.unlink(id);
      },
    };
  }

  writeSync(data: Buffer): BodyRef {
    const id = newBodyId();
    const sums = new BlockSums();
    sums.update(data);
    const fd = openSync(this.path(id), 'wx');
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.syncDir();
    return { id, size: data.length, crcs: sums.digest() };
  }

  private openFd(ref: BodyRef): number {
    try {
      return openSync(this.path(ref.id), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new BodyDamaged(ref.id, this.path(ref.id), 'the file is missing');
      throw error;
    }
  }

  readSync(ref: BodyRef, start: number, end: number): Buffer {
    const fd = this.openFd(ref);
    try {
      const parts: Buffer[] = [];
      const { first, last } = blocksOf(start, end);
      for (let block = first; block <= last && end >= start; block++) {
        const bytes = Buffer.alloc(
          Math.max(0, Math.min(BLOCK_BYTES, ref.size - block * BLOCK_BYTES)),
        );
        const read = readSync(fd, bytes, 0, bytes.length, block * BLOCK_BYTES);
        checkBlock(ref, block, bytes.subarray(0, read));
        const base = block * BLOCK_BYTES;
        parts.push(
          bytes.subarray(Math.max(0, start - base), Math.min(bytes.length, end - base + 1)),
        );
      }
      return Buffer.concat(parts);
    } finally {
      closeSync(fd);
    }
  }

  async open(ref: BodyRef): Promise<BodyReader> {
    const release = this.hold([ref.id]);
    let handle: FileHandle;
    try {
      handle = await open(this.path(ref.id), 'r');
    } catch (error) {
      release();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new BodyDamaged(ref.id, this.path(ref.id), 'the file is missing');
      throw error;
    }
    const readBlock = async (block: number) => {
      const length = Math.max(0, Math.min(BLOCK_BYTES, ref.size - block * BLOCK_BYTES));
      const bytes = Buffer.alloc(length);
      let read = 0;
      while (read < length) {
        const { bytesRead } = await handle.read(
          bytes,
          read,
          length - read,
          block * BLOCK_BYTES + read,
        );
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      return bytes.subarray(0, read);
    };
    return blockReader(ref, readBlock, async () => {
      await handle.close().catch(() => {});
      release();
    });
  }

  hold(ids: readonly string[]): () => void {
    return this.holds.hold(ids);
  }

  remove(ids: readonly string[]): void {
    this.holds.remove(ids);
  }

  private unlink(id: string): void {
    try {
      unlinkSync(this.path(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
