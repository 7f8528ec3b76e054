import type { Store } from './store';
import type { LocalAwsOptions, World } from './types';

/** How far `/_local/clock` may move the clock either way: ten years. */
export const MAX_CLOCK_OFFSET_MS = 10 * 365 * 24 * 60 * 60 * 1000;

interface Scheduled {
  /** Epoch ms on this world's clock. */
  dueAt: number;
  task: () => void;
  timer: NodeJS.Timeout;
}

/** The emulator's world with a clock tests can move and background work it can cancel. */
export class LocalWorld implements World {
  private clockOffsetMs = 0;
  private scheduled = new Set<Scheduled>();
  private memory = new Map<string, unknown>();

  constructor(
    readonly store: Store,
    readonly options: LocalAwsOptions,
  ) {}

  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  /** Refuses an offset that is not a whole number in range, leaving the clock as it was. */
  setClockOffset(ms: number): void {
    if (!Number.isSafeInteger(ms) || Math.abs(ms) > MAX_CLOCK_OFFSET_MS)
      throw new RangeError(`a clock offset is whole milliseconds up to ten years, not ${ms}`);
    this.clockOffsetMs = ms;
    // Background work is due at a time on this clock: stepping it brings the work forward
    // (or back), so a test moves a job along by moving the clock, not by waiting.
    for (const entry of this.scheduled) {
      clearTimeout(entry.timer);
      this.arm(entry);
    }
  }

  get clockOffset(): number {
    return this.clockOffsetMs;
  }

  /** Runs `task` once this world's clock reaches `delayMs` from now. */
  schedule(delayMs: number, task: () => void): void {
    this.arm({ dueAt: this.now().getTime() + delayMs, task });
  }

  private arm(entry: Omit<Scheduled, 'timer'> & { timer?: NodeJS.Timeout }): void {
    const armed = entry as Scheduled;
    armed.timer = setTimeout(
      () => {
        this.scheduled.delete(armed);
        armed.task();
      },
      Math.max(0, armed.dueAt - this.now().getTime()),
    );
    armed.timer.unref();
    this.scheduled.add(armed);
  }

  inMemory<T>(name: string, make: () => T): T {
    if (!this.memory.has(name)) this.memory.set(name, make());
    return this.memory.get(name) as T;
  }

  /** Drops what `inMemory` kept: a reset returns to the seed, counters included. */
  forgetInMemory(): void {
    this.memory.clear();
  }

  cancelScheduled(): void {
    for (const { timer } of this.scheduled) clearTimeout(timer);
    this.scheduled.clear();
  }
}
