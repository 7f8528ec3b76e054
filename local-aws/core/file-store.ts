import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { FileBodies } from './bodies';
import { encodeLine, scanLog, StoreDamaged } from './record-log';
import { type Entry, MemoryStore } from './store';

// The data dir: `records.log`, an append-only log of checksummed lines (one per write or
// batch, fsynced before the write returns), and `bodies/`, one file per body. At start the
// log is read a line at a time, so start-up costs the number and size of records, never the
// bytes of bodies; it is rewritten with only the live records when it holds mostly dead ones.

const LOG = 'records.log';
/** Files of the store before it kept bodies apart: refused, never read. */
const OLD_FILES = ['snapshot.json', 'journal.jsonl'];

function writeAll(fd: number, data: Buffer): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written);
}

function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function asEntries(json: string): Entry[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error('not a list of changes');
  for (const entry of parsed as Record<string, unknown>[]) {
    const ok =
      typeof entry === 'object' &&
      entry !== null &&
      (entry.clear === 1 ||
        (typeof entry.t === 'string' &&
          typeof entry.id === 'string' &&
          ('v' in entry || entry.d === 1) &&
          (entry.b === undefined || Array.isArray(entry.b))));
    if (!ok) throw new Error('a change of an unknown shape');
  }
  return parsed as Entry[];
}

/**
 * A store whose every acknowledged write survives `kill -9`. Damage is never skipped: the
 * constructor throws StoreDamaged naming the file and record, and changes nothing on disk
 * (but for dropping a torn last write, which was never acknowledged).
 */
export class FileStore extends MemoryStore {
  private readonly logPath: string;
  private fd: number;
  private pending: string[] = [];
  /** Entries in the log file, live or dead: when they far outnumber the records, compact. */
  private logEntries = 0;
  /** The log file's length: where the next write starts. */
  private logBytes = 0;
  /** What loading found: a torn last write dropped, bodies no record named. */
  readonly loadReport = { tornBytes: 0, orphanBodies: 0 };

  constructor(readonly dir: string) {
    const bodiesDir = join(dir, 'bodies');
    mkdirSync(bodiesDir, { recursive: true });
    super(new FileBodies(bodiesDir));
    this.logPath = join(dir, LOG);
    for (const old of OLD_FILES)
      if (existsSync(join(dir, old)))
        throw new StoreDamaged(
          join(dir, old),
          'the whole file',
          'it is in the format of an older local-aws, which kept objects inside it; this one ' +
            'cannot read it',
        );
    // An unfinished compaction: the log it was replacing is still whole.
    if (existsSync(`${this.logPath}.tmp`)) unlinkSync(`${this.logPath}.tmp`);
    if (existsSync(this.logPath)) this.load();
    this.forgetUnowned();
    this.loadReport.orphanBodies = this.checkBodies(bodiesDir);
    this.fd = openSync(this.logPath, 'a');
    this.logBytes = fstatSync(this.fd).size;
    if (this.needsCompaction()) this.compact();
  }

  /** True when the data dir held no state before this start. */
  get isEmpty(): boolean {
    return this.tables.size === 0;
  }

  private load(): void {
    const scan = scanLog(this.logPath, (json) => {
      const entries = asEntries(json);
      for (const entry of entries) this.apply(entry);
      this.logEntries += entries.length;
    });
    if (scan.tornBytes > 0) {
      // The write was never acknowledged: drop it so new writes follow the last good line.
      const fd = openSync(this.logPath, 'r+');
      try {
        ftruncateSync(fd, scan.goodBytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      this.loadReport.tornBytes = scan.tornBytes;
    }
  }

  /**
   * Every body a record owns must be there, whole; a body no record owns is a write that was
   * never acknowledged (or a removal a crash cut short) and is removed.
   */
  private checkBodies(bodiesDir: string): number {
    const owned = this.ownedBodies();
    let orphans = 0;
    for (const name of readdirSync(bodiesDir)) {
      if (owned.has(name)) continue;
      unlinkSync(join(bodiesDir, name));
      orphans++;
    }
    for (const [id, size] of owned) {
      const path = join(bodiesDir, id);
      let actual: number | undefined;
      try {
        actual = statSync(path).size;
      } catch {
        actual = undefined;
      }
      if (actual !== size)
        throw new StoreDamaged(
          path,
          `the body of a record in table ${this.ownerTable(id)}`,
          actual === undefined
            ? 'the file is missing'
            : `it holds ${actual} bytes where its record says ${size}`,
        );
    }
    return orphans;
  }

  private ownerTable(body: string): string {
    for (const [key, list] of this.owned)
      if (list.some(([id]) => id === body)) return key.slice(0, key.indexOf('\u0000'));
    return '?';
  }

  protected override logged(entry: Entry): void {
    this.pending.push(JSON.stringify(entry));
  }

  protected override durable(): void {
    if (this.pending.length === 0) return;
    const line = encodeLine(`[${this.pending.join(',')}]`);
    const entries = this.pending.length;
    this.pending = [];
    try {
      writeAll(this.fd, line);
      fdatasyncSync(this.fd);
    } catch (error) {
      // A write that failed half way (a full disk) must not leave half a line for the next
      // to follow: that would read as damage at the next start.
      ftruncateSync(this.fd, this.logBytes);
      throw error;
    }
    this.logBytes += line.length;
    this.logEntries += entries;
    if (this.needsCompaction()) {
      try {
        this.compact();
      } catch (error) {
        // The write is durable already; a log left long is only slower to read.
        console.error('local-aws: could not compact the record log', error);
      }
    }
  }

  private liveRecords(): number {
    let count = 0;
    for (const table of this.tables.values()) count += table.size;
    return count;
  }

  private needsCompaction(): boolean {
    return this.logEntries > 2 * this.liveRecords() + 10_000;
  }

  /** Rewrites the log with the live records only: a new file, then renamed over the old. */
  private compact(): void {
    const tmp = `${this.logPath}.tmp`;
    const fd = openSync(tmp, 'w');
    let entries = 0;
    try {
      let batch: string[] = [];
      const flush = () => {
        if (batch.length) writeAll(fd, encodeLine(`[${batch.join(',')}]`));
        batch = [];
      };
      for (const [t, table] of this.tables)
        for (const [id, v] of table) {
          const b = this.owned.get(`${t}\u0000${id}`);
          batch.push(JSON.stringify(b ? { t, id, v, b } : { t, id, v }));
          entries++;
          if (batch.length === 1000) flush();
        }
      flush();
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.logPath);
    syncDir(this.dir);
    closeSync(this.fd);
    this.fd = openSync(this.logPath, 'a');
    this.logBytes = fstatSync(this.fd).size;
    this.logEntries = entries;
  }

  override close(): void {
    this.durable();
    closeSync(this.fd);
  }
}
