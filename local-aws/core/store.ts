import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * The emulator's state: named tables of JSON values keyed by ID, in insertion order.
 * Values must be plain JSON (binary as base64 strings) so that the file store can keep them.
 */
export interface Store {
  get<T>(table: string, id: string): T | undefined;
  has(table: string, id: string): boolean;
  /** Every value of a table, in insertion order. */
  list<T>(table: string): T[];
  /** The IDs of a table, in insertion order. */
  ids(table: string): string[];
  count(table: string): number;
  put<T>(table: string, id: string, value: T): void;
  delete(table: string, id: string): boolean;
  /** Runs many writes and makes them durable once, at the end. */
  batch<R>(writes: () => R): R;
  /** Empties every table. */
  clear(): void;
  close(): void;
}

type Tables = Map<string, Map<string, unknown>>;

type JournalEntry =
  { t: string; id: string; v: unknown } | { t: string; id: string; d: 1 } | { clear: 1 };

export class MemoryStore implements Store {
  protected tables: Tables = new Map();

  protected table(name: string): Map<string, unknown> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table;
  }

  get<T>(table: string, id: string): T | undefined {
    return this.tables.get(table)?.get(id) as T | undefined;
  }
  has(table: string, id: string): boolean {
    return this.tables.get(table)?.has(id) ?? false;
  }
  list<T>(table: string): T[] {
    return [...(this.tables.get(table)?.values() ?? [])] as T[];
  }
  ids(table: string): string[] {
    return [...(this.tables.get(table)?.keys() ?? [])];
  }
  count(table: string): number {
    return this.tables.get(table)?.size ?? 0;
  }
  put<T>(table: string, id: string, value: T): void {
    // Stored values are copies: a handler mutating its object afterwards changes nothing.
    this.table(table).set(id, structuredClone(value));
    this.written({ t: table, id, v: value });
  }
  delete(table: string, id: string): boolean {
    const deleted = this.tables.get(table)?.delete(id) ?? false;
    if (deleted) this.written({ t: table, id, d: 1 });
    return deleted;
  }
  batch<R>(writes: () => R): R {
    return writes();
  }
  clear(): void {
    this.tables = new Map();
    this.written({ clear: 1 });
  }
  close(): void {}

  protected written(_entry: JournalEntry): void {}
}

/**
 * A store whose every acknowledged write survives `kill -9`: each write is appended to a
 * journal and fsynced before the call returns (once per batch). At start the snapshot is
 * loaded, the journal replayed, and both compacted into a new snapshot.
 */
export class FileStore extends MemoryStore {
  private readonly snapshotPath: string;
  private readonly journalPath: string;
  private journalFd: number;
  private pending: string[] = [];
  private batchDepth = 0;

  constructor(dir: string) {
    super();
    mkdirSync(dir, { recursive: true });
    this.snapshotPath = join(dir, 'snapshot.json');
    this.journalPath = join(dir, 'journal.jsonl');
    this.load();
    this.compact();
    this.journalFd = openSync(this.journalPath, 'a');
  }

  /** True when the data dir held state before this start. */
  get isEmpty(): boolean {
    return this.tables.size === 0;
  }

  private load(): void {
    if (existsSync(this.snapshotPath)) {
      const snapshot = JSON.parse(readFileSync(this.snapshotPath, 'utf8')) as Record<
        string,
        [string, unknown][]
      >;
      for (const [name, rows] of Object.entries(snapshot)) this.tables.set(name, new Map(rows));
    }
    if (existsSync(this.journalPath)) {
      const lines = readFileSync(this.journalPath, 'utf8').split('\n');
      for (const line of lines) {
        if (!line) continue;
        let entry: JournalEntry;
        try {
          entry = JSON.parse(line) as JournalEntry;
        } catch {
          // A torn last line is a write that was never acknowledged.
          continue;
        }
        this.apply(entry);
      }
    }
  }

  private apply(entry: JournalEntry): void {
    if ('clear' in entry) this.tables = new Map();
    else if ('d' in entry) this.tables.get(entry.t)?.delete(entry.id);
    else this.table(entry.t).set(entry.id, entry.v);
  }

  private compact(): void {
    const snapshot: Record<string, [string, unknown][]> = {};
    for (const [name, table] of this.tables) snapshot[name] = [...table.entries()];
    const tmp = `${this.snapshotPath}.tmp`;
    const fd = openSync(tmp, 'w');
    writeSync(fd, JSON.stringify(snapshot));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.snapshotPath);
    const journal = openSync(this.journalPath, 'w');
    fsyncSync(journal);
    closeSync(journal);
  }

  override batch<R>(writes: () => R): R {
    this.batchDepth++;
    try {
      return writes();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) this.flush();
    }
  }

  protected override written(entry: JournalEntry): void {
    this.pending.push(JSON.stringify(entry));
    if (this.batchDepth === 0) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.journalFd, this.pending.join('\n') + '\n');
    fsyncSync(this.journalFd);
    this.pending = [];
  }

  override close(): void {
    this.flush();
    closeSync(this.journalFd);
  }
}
