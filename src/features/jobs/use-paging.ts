import { useCallback, useReducer } from 'react';
import { initialPaging, type PagingAction, pagingReducer, type PagingState } from './paging';

interface KeyedPaging {
  key: string;
  state: PagingState;
}

/**
 * Paging that starts over whenever `key` (the filter) changes, in the same render, so no page of
 * the new filter is ever read with a token of the old one.
 */
export function usePaging(key: string): [PagingState, (action: PagingAction) => void] {
  const [keyed, dispatchKeyed] = useReducer(
    (current: KeyedPaging, action: { key: string; action: PagingAction }): KeyedPaging => {
      const base = current.key === action.key ? current.state : initialPaging;
      return { key: action.key, state: pagingReducer(base, action.action) };
    },
    { key, state: initialPaging },
  );
  const state = keyed.key === key ? keyed.state : initialPaging;
  const dispatch = useCallback((action: PagingAction) => dispatchKeyed({ key, action }), [key]);
  return [state, dispatch];
}
