import { describe, expect, it } from 'vitest';
import {
  currentToken,
  initialPaging,
  paginationProps,
  pagingReducer,
  type PagingAction,
  type PagingState,
} from './paging';

const run = (actions: PagingAction[], from: PagingState = initialPaging) =>
  actions.reduce(pagingReducer, from);

describe('NextToken paging', () => {
  it('starts on page 1 with no token and no further page known', () => {
    expect(currentToken(initialPaging)).toBeUndefined();
    expect(paginationProps(initialPaging)).toEqual({
      currentPageIndex: 1,
      pagesCount: 1,
      openEnd: false,
    });
  });

  it('opens the end when a page returns a NextToken and reads the next page with it', () => {
    const loaded = run([{ type: 'page-loaded', page: 1, nextToken: 't2', itemCount: 10 }]);
    expect(paginationProps(loaded)).toEqual({ currentPageIndex: 1, pagesCount: 1, openEnd: true });
    const second = run([{ type: 'go-to', page: 2 }], loaded);
    expect(currentToken(second)).toBe('t2');
    expect(paginationProps(second)).toEqual({ currentPageIndex: 2, pagesCount: 2, openEnd: false });
  });

  it('keeps the tokens of pages reached to go back and forth', () => {
    const state = run([
      { type: 'page-loaded', page: 1, nextToken: 't2', itemCount: 10 },
      { type: 'go-to', page: 2 },
      { type: 'page-loaded', page: 2, nextToken: 't3', itemCount: 10 },
      { type: 'go-to', page: 3 },
      { type: 'page-loaded', page: 3, nextToken: undefined, itemCount: 10 },
      { type: 'go-to', page: 1 },
    ]);
    expect(currentToken(state)).toBeUndefined();
    expect(paginationProps(state)).toEqual({ currentPageIndex: 1, pagesCount: 3, openEnd: false });
    expect(currentToken(run([{ type: 'go-to', page: 3 }], state))).toBe('t3');
    // Reading page 1 again with the same token changes nothing.
    expect(run([{ type: 'page-loaded', page: 1, nextToken: 't2', itemCount: 10 }], state)).toBe(
      state,
    );
  });

  it('refuses pages whose token is unknown', () => {
    const loaded = run([{ type: 'page-loaded', page: 1, nextToken: 't2', itemCount: 10 }]);
    expect(run([{ type: 'go-to', page: 3 }], loaded)).toBe(loaded);
    expect(run([{ type: 'go-to', page: 0 }], loaded)).toBe(loaded);
    expect(run([{ type: 'go-to', page: 2 }])).toBe(initialPaging);
  });

  it('forgets later pages when a page read again hands out another token or none', () => {
    const deep = run([
      { type: 'page-loaded', page: 1, nextToken: 't2', itemCount: 10 },
      { type: 'go-to', page: 2 },
      { type: 'page-loaded', page: 2, nextToken: 't3', itemCount: 10 },
      { type: 'go-to', page: 3 },
      { type: 'go-to', page: 1 },
    ]);
    const retokened = run(
      [{ type: 'page-loaded', page: 1, nextToken: 'new2', itemCount: 10 }],
      deep,
    );
    expect(retokened.tokens).toEqual([undefined, 'new2']);
    expect(paginationProps(retokened)).toEqual({
      currentPageIndex: 1,
      pagesCount: 1,
      openEnd: true,
    });
    const shrunk = run(
      [{ type: 'page-loaded', page: 1, nextToken: undefined, itemCount: 10 }],
      deep,
    );
    expect(paginationProps(shrunk)).toEqual({ currentPageIndex: 1, pagesCount: 1, openEnd: false });
  });

  it('steps back when a later page comes back empty (its jobs were deleted)', () => {
    const onSecond = run([
      { type: 'page-loaded', page: 1, nextToken: 't2', itemCount: 10 },
      { type: 'go-to', page: 2 },
      { type: 'page-loaded', page: 2, nextToken: undefined, itemCount: 1 },
    ]);
    const emptied = run(
      [{ type: 'page-loaded', page: 2, nextToken: undefined, itemCount: 0 }],
      onSecond,
    );
    expect(paginationProps(emptied)).toEqual({
      currentPageIndex: 1,
      pagesCount: 1,
      openEnd: false,
    });
    expect(currentToken(emptied)).toBeUndefined();
    // An empty first page is just an empty list.
    const empty = run([{ type: 'page-loaded', page: 1, nextToken: undefined, itemCount: 0 }]);
    expect(empty).toBe(initialPaging);
  });

  it('starts over on reset (a filter or the page size changed)', () => {
    const state = run([
      { type: 'page-loaded', page: 1, nextToken: 't2', itemCount: 10 },
      { type: 'go-to', page: 2 },
      { type: 'reset' },
    ]);
    expect(state).toEqual(initialPaging);
  });
});
