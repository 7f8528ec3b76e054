/**
 * NextToken paging as an open-ended page list. ListTranscriptionJobs gives no total, only a token
 * for the page after the one just read, so the tokens of pages already reached are kept here to
 * go back and forth without reading every page again.
 */
export interface PagingState {
  /** `tokens[i]` is the NextToken that reads page i + 1; the first page has none. */
  tokens: (string | undefined)[];
  /** The page shown, from 1. */
  current: number;
  /** The highest page reached so far. */
  reached: number;
}

export const initialPaging: PagingState = { tokens: [undefined], current: 1, reached: 1 };

export type PagingAction =
  | { type: 'page-loaded'; page: number; nextToken: string | undefined; itemCount: number }
  | { type: 'go-to'; page: number }
  | { type: 'reset' };

export function pagingReducer(state: PagingState, action: PagingAction): PagingState {
  switch (action.type) {
    case 'reset':
      return initialPaging;
    case 'go-to': {
      // Only pages whose token is known can be read: at most one past the last page reached.
      if (action.page < 1 || action.page > state.tokens.length) return state;
      return { ...state, current: action.page, reached: Math.max(state.reached, action.page) };
    }
    case 'page-loaded': {
      const { page, nextToken, itemCount } = action;
      if (page > state.tokens.length) return state;
      if (itemCount === 0 && nextToken === undefined && page > 1) {
        // A later page emptied (its jobs were deleted): step back to the last page with jobs.
        const tokens = state.tokens.slice(0, page - 1);
        return { tokens, current: page - 1, reached: Math.min(state.reached, page - 1) };
      }
      const unchanged =
        nextToken === undefined ? state.tokens.length === page : state.tokens[page] === nextToken;
      if (unchanged) return state;
      // A page read again (refresh) may hand out another token, or none now that jobs were
      // deleted: the pages after it are then no longer known.
      const tokens = state.tokens.slice(0, page);
      if (nextToken !== undefined) tokens.push(nextToken);
      return {
        tokens,
        current: Math.min(state.current, tokens.length),
        reached: Math.min(state.reached, page),
      };
    }
  }
}

/** The Cloudscape Pagination props for a paging state. */
export function paginationProps(state: PagingState): {
  currentPageIndex: number;
  pagesCount: number;
  openEnd: boolean;
} {
  return {
    currentPageIndex: state.current,
    pagesCount: state.reached,
    // More pages exist when a token past the last page reached is known.
    openEnd: state.tokens.length > state.reached,
  };
}

/** The NextToken to read the current page with. */
export function currentToken(state: PagingState): string | undefined {
  return state.tokens[state.current - 1];
}
