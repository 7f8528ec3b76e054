import { closeSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

// The record log's framing: one line per write (a batch of entries), `<crc32 hex> <json>\n`.
// JSON never holds a raw newline or NUL byte, so a line is a record and a torn write shows.

/** The data dir cannot be loaded as it is: which file, which record, what is wrong. */
export class StoreDamaged extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly what: string,
  ) {
    super(
      `the data dir is damaged: ${file}, ${where}: ${what}. Nothing was changed. Restore the ` +
        'directory from a backup, or move it away to start again from the seed.',
    );
  }
}

export function encodeLine(json: string): Buffer {
  const payload = Buffer.from(json, 'utf8');
  const head = Buffer.from(`${(crc32(payload) >>> 0).toString(16).padStart(8, '0')} `, 'latin1');
  return Buffer.concat([head, payload, Buffer.from('\n')]);
}

/** A line's JSON if its checksum holds, else undefined. */
function decodeLine(line: Buffer): string | undefined {
  if (line.length < 9 || line[8] !== 0x20) return undefined;
  const given = line.subarray(0, 8).toString('latin1');
  if (!/^[0-9a-f]{8}$/.test(given)) return undefined;
  const payload = line.subarray(9);
  return crc32(payload) >>> 0 === parseInt(given, 16) ? payload.toString('utf8') : undefined;
}

/** What a damaged line is: its table, if that much can be read; never an ID or a value. */
function describeLine(line: Buffer): string {
  const table = /"t":"([a-z0-9-]{1,64})"/.exec(line.subarray(0, 4096).toString('latin1'))?.[1];
  return table ? ` (a write to table ${table})` : '';
}

export interface LogScan {
  /** Bytes of whole, valid lines from the start of the file. */
  goodBytes: number;
  /** Bytes after them that a torn last write left. */
  tornBytes: number;
  lines: number;
}

const CHUNK_BYTES = 1024 * 1024;
/** No write is this large; a "line" that is means the file is not a record log. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Reads a record log line by line in constant memory (a line at a time), calling `onRecord`
 * with each valid line's JSON. A torn last write (an unfinished line, or a last line that a
 * crash left holding NUL bytes) is reported, not applied; any other bad line throws
 * StoreDamaged, as does an exception from `onRecord`.
 */
export function scanLog(path: string, onRecord: (json: string, line: number) => void): LogScan {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0; // file offset of the start of the pending line
  let lineNo = 0;
  let goodBytes = 0;
  let bad:
    { line: number; offset: number; length: number; describe: string; nul: boolean } | undefined;
  const fail = (where: string, what: string): never => {
    throw new StoreDamaged(path, where, what);
  };
  const handle = (line: Buffer) => {
    lineNo++;
    if (bad)
      fail(
        `record ${bad.line} at byte ${bad.offset}${bad.describe}`,
        'its checksum does not match and records follow it',
      );
    const json = decodeLine(line);
    if (json === undefined) {
      bad = {
        line: lineNo,
        offset,
        length: line.length + 1,
        describe: describeLine(line),
        nul: line.includes(0),
      };
      return;
    }
    try {
      onRecord(json, lineNo);
    } catch (error) {
      fail(
        `record ${lineNo} at byte ${offset}${describeLine(line)}`,
        `it cannot be applied (${(error as Error).message})`,
      );
    }
    goodBytes = offset + line.length + 1;
  };
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(0x0a, start);
        if (newline < 0 || newline >= read) break;
        const piece = chunk.subarray(start, newline);
        const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
        handle(line);
        offset += line.length + 1;
        pending = [];
        pendingBytes = 0;
        start = newline + 1;
      }
      if (start < read) {
        pending.push(Buffer.from(chunk.subarray(start, read)));
        pendingBytes += read - start;
        if (pendingBytes > MAX_LINE_BYTES)
          fail(`record ${lineNo + 1} at byte ${offset}`, 'it has no end (not a record log?)');
      }
    }
  } finally {
    closeSync(fd);
  }
  if (bad && pendingBytes > 0)
    fail(
      `record ${bad.line} at byte ${bad.offset}${bad.describe}`,
      'its checksum does not match and records follow it',
    );
  // A crash mid-write leaves an unfinished line, or one whose unwritten pages read as NULs;
  // a finished line that is merely wrong was acknowledged once, and is damage.
  if (bad && !bad.nul)
    fail(`record ${bad.line} at byte ${bad.offset}${bad.describe}`, 'its checksum does not match');
  return { goodBytes, tornBytes: (bad?.length ?? 0) + pendingBytes, lines: lineNo };
}
