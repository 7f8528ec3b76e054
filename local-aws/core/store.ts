import type { BodyRef, BodyStorage } from './bodies';
import { MemoryBodies } from './memory-bodies';

/**
 * The emulator's state: named tables of JSON values keyed by ID, in insertion order, and
 * bodies (S3 object bytes) that records own. Values must be plain JSON (binary as base64).
 */
export interface Store {
  get<T>(table: string, id: string): T | undefined;
  has(table: string, id: string): boolean;
  /** Every value of a table, in insertion order. */
  list<T>(table: string): T[];
  /** The IDs of a table, in insertion order. */
  ids(table: string): string[];
  count(table: string): number;
  /**
   * Writes a record. `bodies` are the bodies it owns from now on (write them first with
   * `store.bodies`); a body no record owns any more is removed once that is durable.
   */
  put<T>(table: string, id: string, value: T, bodies?: readonly BodyRef[]): void;
  delete(table: string, id: string): boolean;
  /** Runs many writes as one: durable together, at the end, or not at all. */
  batch<R>(writes: () => R): R;
  /** Empties every table. */
  clear(): void;
  readonly bodies: BodyStorage;
  close(): void;
}

/** One change, as the record log keeps it. `b`: the bodies a record owns, `[id, size]`. */
export type Entry =
  | { t: string; id: string; v: unknown; b?: [string, number][] }
  | { t: string; id: string; d: 1 }
  | { clear: 1 };

type Tables = Map<string, Map<string, unknown>>;

const ownerKey = (table: string, id: string) => `${table}\u0000${id}`;

export class MemoryStore implements Store {
  protected tables: Tables = new Map();
  /** Which bodies each record owns, by `table\0id`. */
  protected owned = new Map<string, [string, number][]>();
  private owners = new Map<string, number>();
  /** Bodies no record owns since the last durable point. */
  private unowned = new Set<string>();
  private depth = 0;

  constructor(readonly bodies: BodyStorage = new MemoryBodies()) {}

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
  put<T>(table: string, id: string, value: T, bodies?: readonly BodyRef[]): void {
    // Stored values are copies: a handler mutating its object afterwards changes nothing.
    const entry: Entry = { t: table, id, v: structuredClone(value) };
    if (bodies?.length) entry.b = bodies.map((body) => [body.id, body.size]);
    this.write(entry);
  }
  delete(table: string, id: string): boolean {
    if (!this.has(table, id)) return false;
    this.write({ t: table, id, d: 1 });
    return true;
  }
  batch<R>(writes: () => R): R {
    this.depth++;
    try {
      return writes();
    } finally {
      this.depth--;
      if (this.depth === 0) this.commit();
    }
  }
  clear(): void {
    this.write({ clear: 1 });
  }
  close(): void {}

  private write(entry: Entry): void {
    this.apply(entry);
    this.logged(entry);
    if (this.depth === 0) this.commit();
  }

  /** Changes the state by one entry (a write now, or one replayed from the log). */
  protected apply(entry: Entry): void {
    if ('clear' in entry) {
      for (const id of this.owners.keys()) this.unowned.add(id);
      this.tables = new Map();
      this.owned = new Map();
      this.owners = new Map();
      return;
    }
    const key = ownerKey(entry.t, entry.id);
    for (const [body] of this.owned.get(key) ?? []) this.disown(body);
    this.owned.delete(key);
    if ('d' in entry) {
      this.tables.get(entry.t)?.delete(entry.id);
      return;
    }
    this.table(entry.t).set(entry.id, entry.v);
    if (entry.b?.length) {
      this.owned.set(key, entry.b);
      for (const [body] of entry.b) {
        this.owners.set(body, (this.owners.get(body) ?? 0) + 1);
        this.unowned.delete(body);
      }
    }
  }

  private disown(body: string): void {
    const count = (this.owners.get(body) ?? 1) - 1;
    if (count > 0) this.owners.set(body, count);
    else {
      this.owners.delete(body);
      this.unowned.add(body);
    }
  }

  /** Every body some record owns, with its size. */
  protected ownedBodies(): Map<string, number> {
    const bodies = new Map<string, number>();
    for (const list of this.owned.values()) for (const [id, size] of list) bodies.set(id, size);
    return bodies;
  }

  /** Bodies that became unowned while loading are not to be removed again. */
  protected forgetUnowned(): void {
    this.unowned.clear();
  }

  /**
   * The end of a write or batch: made durable (FileStore), then the bodies no record owns
   * are removed. A batch that threw is still kept: its writes are in the state already.
   */
  private commit(): void {
    this.durable();
    if (this.unowned.size === 0) return;
    const ids = [...this.unowned];
    this.unowned.clear();
    this.bodies.remove(ids);
  }

  /** An entry to keep (the file store logs it). */
  protected logged(_entry: Entry): void {}
  /** Makes what was logged since the last call durable. */
  protected durable(): void {}
}
