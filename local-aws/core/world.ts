import type { Store } from './store';
import type { LocalAwsOptions, World } from './types';

/** How far `/_local/clock` may move the clock either way: ten years. */
export const MAX_CLOCK_OFFSET_MS = 10 * 365 * 24 * 60 * 60 * 1000;

/** The emulator's world with a clock tests can move and background work it can cancel. */
export class LocalWorld implements World {
  private clockOffsetMs = 0;
  private timers = new Set<NodeJS.Timeout>();

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
  }

  get clockOffset(): number {
    return this.clockOffsetMs;
  }

  schedule(delayMs: number, task: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      task();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  cancelScheduled(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
