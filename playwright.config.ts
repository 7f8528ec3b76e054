import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/chromium';

const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4180);

// Inherited by the workers and the run's local-aws: the SDK's Node 22 notice (see
// vite.config.ts) once per process would bury the test list.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  // The whole suite takes about 5 minutes; a run that is stuck ends and says where.
  globalTimeout: 30 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
    // CI keeps nothing but its output, so it records no traces or pictures.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: process.env.CI ? 'off' : 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    command: `npx vite preview --port ${previewPort} --strictPort`,
    url: `http://127.0.0.1:${previewPort}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
