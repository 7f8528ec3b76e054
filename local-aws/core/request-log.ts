import type { ServiceId } from './types';

/** One request as `/_local/requests` reports it, so tests can count round trips. */
export interface RequestLogEntry {
  time: string;
  /** `unknown` for a JSON target naming no service of ours. */
  service: ServiceId | 'unknown';
  operation: string;
  caller?: string;
  status: number;
  error?: string;
}

const MAX_ENTRIES = 100_000;

/**
 * The requests served, oldest first, capped (the last 100,000 to 110,000) so that a long run
 * cannot fill the memory.
 */
export class RequestLog {
  /** Read in place by tests and `/_local/requests`; emptied in place by `clear`. */
  readonly entries: RequestLogEntry[] = [];

  constructor(
    private readonly now: () => Date,
    /** Print one line per request (`--log`). */
    private readonly print = false,
  ) {}

  add(entry: Omit<RequestLogEntry, 'time'>): void {
    const now = this.now();
    // A clock that is not a number must not cost the request its log line (or its answer).
    const time = Number.isFinite(now.getTime()) ? now.toISOString() : String(now);
    this.entries.push({ time, ...entry });
    // Trimmed a tenth at a time: trimming one entry per request moved 100,000 entries each.
    if (this.entries.length > MAX_ENTRIES + MAX_ENTRIES / 10)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    if (this.print)
      console.log(
        `${entry.status} ${entry.service}.${entry.operation}${entry.caller ? ` ${entry.caller}` : ''}${entry.error ? ` ${entry.error}` : ''}`,
      );
  }

  clear(): void {
    this.entries.length = 0;
  }
}
