import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { handleSessionError } from '@/lib/aws/clients';
import { describeAwsError } from '@/lib/aws/errors';

const isSessionError = (error: unknown) => describeAwsError(error).kind === 'session-expired';

/** Session errors from any query or mutation go to one place: `handleSessionError`. */
function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!isSessionError(error)) return;
        void handleSessionError(error).then((outcome) => {
          // Fresh credentials: the query gets its one more try.
          if (outcome === 'refreshed')
            void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
        });
      },
    }),
    mutationCache: new MutationCache({
      // A mutation is never repeated behind the user's back; the page decides (see
      // handleSessionError in lib/aws/clients).
      onError: (error) => {
        if (isSessionError(error)) void handleSessionError(error);
      },
    }),
    defaultOptions: {
      queries: {
        // Repeating a call the server refused for the session only delays the refresh.
        retry: (failures, error) => failures < 1 && !isSessionError(error),
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}

/**
 * The query cache of one signed-in session: made when the signed-in shell mounts, dropped when
 * it goes (sign-out, session ended). It lives here, not around the whole app, so that the
 * sign-in page, which makes no queries, does not load the query library.
 */
export function SessionQueryClientProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
