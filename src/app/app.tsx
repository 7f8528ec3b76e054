import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { AppConfig } from '@/config/config';
import { ConfigProvider } from '@/config/config-context';
import { describeAwsError } from '@/lib/aws/errors';
import { createAppRouter } from './router';

const isSessionError = (error: unknown) => describeAwsError(error).kind === 'session-expired';

/**
 * Session errors from any query or mutation go to one place. The handler lives with the SDK
 * clients and is loaded with them, not with the first page.
 */
async function handleSessionError(error: unknown) {
  const { handleSessionError: handle } = await import('@/lib/aws/clients');
  return handle(error);
}

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

export function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(config));
  return (
    <ConfigProvider value={config}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
