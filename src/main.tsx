import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { ConfigErrorPage } from '@/app/config-error-page';
import { loadConfig } from '@/config/config';

const root = createRoot(document.getElementById('root')!);

void loadConfig().then((result) => {
  root.render(
    <StrictMode>
      {result.ok ? (
        <App config={result.config} />
      ) : (
        <ConfigErrorPage source={result.source} problems={result.problems} />
      )}
    </StrictMode>,
  );
});
