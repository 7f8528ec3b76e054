import { describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../../seed/ids';
import {
  decodeMarker,
  encodeMarker,
  pageAfter,
  sortedInsert,
  sortedRemove,
  upperBound,
} from './paging';

describe('paging', () => {
  it('keeps a sorted array under inserts and removals', () => {
    const list: string[] = [];
    for (const value of ['m', 'a', 'z', 'c', 'a']) sortedInsert(list, value);
    expect(list).toEqual(['a', 'c', 'm', 'z']);
    sortedRemove(list, 'c');
    sortedRemove(list, 'nope');
    expect(list).toEqual(['a', 'm', 'z']);
  });

  it('pages after the last value returned, even if it was removed since', () => {
    const list = ['a', 'b', 'c', 'd', 'e'];
    expect(pageAfter(list, undefined, 2)).toEqual({ items: ['a', 'b'], truncated: true });
    expect(pageAfter(list, 'b', 2)).toEqual({ items: ['c', 'd'], truncated: true });
    expect(pageAfter(list, 'd', 2)).toEqual({ items: ['e'], truncated: false });
    expect(pageAfter(list, 'c', 2)).toEqual({ items: ['d', 'e'], truncated: false });
    expect(pageAfter(['a', 'c'], 'b', 5)).toEqual({ items: ['c'], truncated: false });
    expect(upperBound(list, 'zz')).toBe(5);
  });

  it('encodes opaque markers that only decode as their own kind', () => {
    const marker = encodeMarker('keys', SEEDED_KEYS.transcribeOutput);
    expect(marker).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeMarker('keys', marker)).toBe(SEEDED_KEYS.transcribeOutput);
    expect(decodeMarker('aliases', marker)).toBeUndefined();
    expect(decodeMarker('keys', 'not a marker!')).toBeUndefined();
    expect(decodeMarker('keys', encodeMarker('keys', ''))).toBeUndefined();
  });
});
