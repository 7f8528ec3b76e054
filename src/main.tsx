import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { loadConfig } from '@/config/config';

const root = createRoot(document.getElementById('root')!);

void loadConfig().then(async (result) => {
  if (result.ok) {
    root.render(
      <StrictMode>
        <App config={result.config} />
      </StrictMode>,
    );
    return;
  }
  // Loaded only when it is needed: a good config is every other start.
  const { ConfigErrorPage } = await import('@/app/config-error-page');
  root.render(
    <StrictMode>
      <ConfigErrorPage source={result.source} problems={result.problems} />
    </StrictMode>,
  );
});
