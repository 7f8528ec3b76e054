// Sorted-array helpers and opaque markers for ListKeys / ListAliases / ListResourceTags paging.

/** The first index whose value is greater than `value` (binary search). */
export function upperBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index whose value is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Inserts keeping order; appending in order (the seed) costs O(log n). */
export function sortedInsert(sorted: string[], value: string): void {
  const at = lowerBound(sorted, value);
  if (sorted[at] === value) return;
  if (at === sorted.length) sorted.push(value);
  else sorted.splice(at, 0, value);
}

export function sortedRemove(sorted: string[], value: string): void {
  const at = lowerBound(sorted, value);
  if (sorted[at] === value) sorted.splice(at, 1);
}

/**
 * One page after the marker's position. The marker records the last value returned, so a page
 * stays correct when items are added or removed between requests.
 */
export function pageAfter(
  sorted: readonly string[],
  after: string | undefined,
  limit: number,
): { items: string[]; truncated: boolean } {
  const start = after === undefined ? 0 : upperBound(sorted, after);
  const items = sorted.slice(start, start + limit);
  return { items, truncated: start + limit < sorted.length };
}

/** What a marker pages through: ListKeys, ListAliases, ListResourceTags. */
export type MarkerKind = 'keys' | 'aliases' | 'tags';

/** Markers are opaque to clients: a kind tag and the last value, base64url. */
export function encodeMarker(kind: MarkerKind, last: string): string {
  return Buffer.from(`${kind}\n${last}`, 'utf8').toString('base64url');
}

/** The last value a marker recorded, or undefined when it is not a marker of this kind. */
export function decodeMarker(kind: MarkerKind, marker: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(marker)) return undefined;
  const text = Buffer.from(marker, 'base64url').toString('utf8');
  const prefix = `${kind}\n`;
  if (!text.startsWith(prefix) || text.length === prefix.length) return undefined;
  return text.slice(prefix.length);
}
