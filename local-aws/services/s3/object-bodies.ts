import {
  createCipheriv,
  createDecipheriv,
  createHash,
  type Decipher,
  randomBytes,
} from 'node:crypto';
import { Readable } from 'node:stream';
import { BodyDamaged } from '../../core/bodies';
import { AwsError } from '../../core/errors';
import type { Store } from '../../core/store';
import type { StoredSegment } from './model';

// An object's bytes in the store: segments (one per PutObject, one per multipart part), each a
// body; SSE-KMS segments encrypted with AES-256-GCM as they are written. Reads check every
// block they will serve before the first byte goes out, then stream, decrypting any range
// with AES-CTR from the block counter GCM used there.

/** Writes one segment, encrypting it when given a data key. */
export interface SegmentWriter {
  write(data: Buffer): Promise<void>;
  /** The segment, durable, and the MD5 of its stored bytes (an SSE-KMS object's ETag). */
  finish(): Promise<{ segment: StoredSegment; storedMd5: string }>;
  abort(): Promise<void>;
}

export function segmentWriter(store: Store, dataKey?: Buffer): SegmentWriter {
  const body = store.bodies.create();
  const iv = randomBytes(12);
  const cipher = dataKey && createCipheriv('aes-256-gcm', dataKey, iv);
  const md5 = createHash('md5');
  return {
    async write(data) {
      const stored = cipher ? cipher.update(data) : data;
      md5.update(stored);
      await body.write(stored);
    },
    async finish() {
      if (cipher) {
        const rest = cipher.final();
        if (rest.length) {
          md5.update(rest);
          await body.write(rest);
        }
      }
      const ref = await body.finish();
      const segment: StoredSegment = cipher
        ? { body: ref, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') }
        : { body: ref };
      return { segment, storedMd5: md5.digest('hex') };
    },
    abort: () => body.abort(),
  };
}

/** A small segment written at once (system writes, seeds). */
export function writeSegmentSync(
  store: Store,
  data: Buffer,
  dataKey?: Buffer,
): { segment: StoredSegment; storedMd5: string } {
  if (!dataKey) {
    const body = store.bodies.writeSync(data);
    return { segment: { body }, storedMd5: createHash('md5').update(data).digest('hex') };
  }
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  const stored = Buffer.concat([cipher.update(data), cipher.final()]);
  const body = store.bodies.writeSync(stored);
  return {
    segment: { body, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    storedMd5: createHash('md5').update(stored).digest('hex'),
  };
}

/**
 * Decrypts a segment from byte `offset` on: GCM is CTR from the counter after J0 (IV‖1), so
 * block n of the data used IV‖(n+2).
 */
function decipherFrom(dataKey: Buffer, segment: StoredSegment, offset: number): Decipher {
  const counter = Buffer.alloc(16);
  Buffer.from(segment.iv!, 'base64').copy(counter);
  counter.writeUInt32BE((Math.floor(offset / 16) + 2) >>> 0, 12);
  const decipher = createDecipheriv('aes-256-ctr', dataKey, counter);
  decipher.update(Buffer.alloc(offset % 16));
  return decipher;
}

/** A damaged body is the emulator's fault, never the caller's: a 500, logged, nothing served. */
export function damagedBodyError(error: unknown, object: string): unknown {
  if (!(error instanceof BodyDamaged)) return error;
  console.error(`local-aws: the stored body of ${object} is damaged: ${error.message}`);
  return new AwsError('InternalError', 'We encountered an internal error. Please try again.', 500);
}

/** The part of each segment that bytes `start`…`end` of the object cover. */
function coverage(segments: readonly StoredSegment[], start: number, end: number) {
  const pieces: { segment: StoredSegment; start: number; end: number }[] = [];
  let base = 0;
  for (const segment of segments) {
    const size = segment.body.size;
    if (base + size > start && base <= end && size > 0)
      pieces.push({
        segment,
        start: Math.max(0, start - base),
        end: Math.min(size - 1, end - base),
      });
    base += size;
  }
  return pieces;
}

/**
 * Bytes `start`…`end` of an object as a stream, every block of them checked first (throws
 * BodyDamaged before anything is sent). The bodies are kept until the stream ends.
 */
export async function openSegments(
  store: Store,
  segments: readonly StoredSegment[],
  dataKey: Buffer | undefined,
  start: number,
  end: number,
): Promise<Readable> {
  const pieces = coverage(segments, start, end);
  const release = store.bodies.hold(pieces.map((piece) => piece.segment.body.id));
  try {
    for (const piece of pieces) {
      const reader = await store.bodies.open(piece.segment.body);
      try {
        await reader.verify(piece.start, piece.end);
      } finally {
        await reader.close();
      }
    }
  } catch (error) {
    release();
    throw error;
  }
  async function* bytes() {
    try {
      for (const piece of pieces) {
        const reader = await store.bodies.open(piece.segment.body);
        const decipher = dataKey && decipherFrom(dataKey, piece.segment, piece.start);
        for await (const chunk of reader.stream(piece.start, piece.end))
          yield decipher ? decipher.update(chunk as Buffer) : (chunk as Buffer);
      }
    } finally {
      release();
    }
  }
  return Readable.from(bytes(), { objectMode: false, highWaterMark: 1 });
}

/** Bytes `start`…`end` of an object at once, checked (small reads). */
export function readSegmentsSync(
  store: Store,
  segments: readonly StoredSegment[],
  dataKey: Buffer | undefined,
  start: number,
  end: number,
): Buffer {
  return Buffer.concat(
    coverage(segments, start, end).map(({ segment, start: from, end: to }) => {
      const stored = store.bodies.readSync(segment.body, from, to);
      return dataKey ? decipherFrom(dataKey, segment, from).update(stored) : stored;
    }),
  );
}
