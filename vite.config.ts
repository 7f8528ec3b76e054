import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { BUILD_CONTENT_SECURITY_POLICY } from './common/web-security.ts';
import { fontFiles } from './scripts/vite-font-files.ts';
import { lazyLibraryParts } from './scripts/vite-lazy-parts.ts';

/**
 * The built app ships a Content-Security-Policy (common/web-security.ts): no inline script,
 * and network access only to AWS endpoints and loopback (local-aws). The dev server is left
 * without it because React Refresh injects an inline preamble there. A deployment also sends
 * a tighter policy as a response header (deploy/).
 */
function cspForBuild(): Plugin {
  return {
    name: 'csp-for-build',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: BUILD_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), cspForBuild(), fontFiles(), lazyLibraryParts()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  // No source maps in what is served: the deployment publishes dist/ as it is.
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'local-aws/**/*.test.ts',
      'scripts/**/*.test.ts',
      'common/**/*.test.ts',
      'deploy/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    // Files and the tests in them run in a random order (the seed is printed; rerun one with
    // `--sequence.seed=N`), so a test that leans on another's leftovers fails here, not later.
    sequence: { shuffle: true },
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The SDK's notice that its releases after January 2027 need Node 22: versions here are
    // locked, and the README says so; repeated in every worker it only buries test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
