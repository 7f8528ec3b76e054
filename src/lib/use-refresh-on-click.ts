import { useCallback, useState } from 'react';

/**
 * A refresh button's state: it spins for a click only, not for the page's automatic refreshes
 * (which would take it away from a keyboard user every few seconds).
 */
export function useRefreshOnClick(refetch: () => Promise<unknown>): {
  refreshing: boolean;
  refresh: () => void;
} {
  const [refreshing, setRefreshing] = useState(false);
  const refresh = useCallback(() => {
    setRefreshing(true);
    void refetch().finally(() => setRefreshing(false));
  }, [refetch]);
  return { refreshing, refresh };
}
