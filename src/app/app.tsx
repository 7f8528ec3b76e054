import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { AppConfig } from '@/config/config';
import { ConfigProvider } from '@/config/config-context';
import { createAppRouter } from './router';

export function App({ config }: { config: AppConfig }) {
  const [router] = useState(() => createAppRouter(config));
  return (
    <ConfigProvider value={config}>
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}
