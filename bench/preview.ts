import { createServer } from 'node:net';
import { type ServerProcess, startServer, urlAnswers, viteCli } from '../scripts/server-process';
import { builtDir, rootDir } from './lib';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Serves the built app with `vite preview` on a free port, in a process group of its own.
 * BENCH_OUT_DIR names another build to serve than dist/.
 */
export async function startPreview(): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer({
    name: 'vite preview',
    command: process.execPath,
    args: [viteCli, 'preview', '--port', String(port), '--strictPort', '--outDir', builtDir()],
    cwd: rootDir,
    stdout: 'ignore',
    ready: urlAnswers(`${url}/`),
  });
  console.error(`  (vite preview on ${url}, process group ${server.pid})`);
  return { ...server, url };
}
