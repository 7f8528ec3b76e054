import type { World } from './types';

// What expires is removed where more of it is made: a table grows only while its rows live,
// however long the emulator runs, with no timer to tie to the emulator's movable clock.

const SWEEP_EVERY_MS = 60 * 1000;
const lastSweeps = new WeakMap<object, Map<string, number>>();

/**
 * Removes the rows of `table` whose `expiresAt` (epoch ms; undefined = never) has passed, at
 * most once a minute of the emulator's clock per table (at once when the clock went back).
 * `remove` drops one row (and whatever hangs on it); by default the row alone.
 */
export function removeExpired<T>(
  world: World,
  table: string,
  expiresAt: (row: T) => number | undefined,
  remove: (id: string) => void = (id) => void world.store.delete(table, id),
): void {
  const now = world.now().getTime();
  let sweeps = lastSweeps.get(world.store);
  if (!sweeps) lastSweeps.set(world.store, (sweeps = new Map()));
  const last = sweeps.get(table);
  if (last !== undefined && now >= last && now - last < SWEEP_EVERY_MS) return;
  sweeps.set(table, now);
  const expired = world.store.ids(table).filter((id) => {
    const at = expiresAt(world.store.get<T>(table, id)!);
    return at !== undefined && at <= now;
  });
  if (expired.length) world.store.batch(() => expired.forEach(remove));
}
