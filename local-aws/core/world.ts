import type { Store } from './store';
import type { LocalAwsOptions, World } from './types';

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

  setClockOffset(ms: number): void {
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
