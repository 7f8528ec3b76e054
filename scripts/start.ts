// `npm start`: local-aws (seeded, state in .local-aws/) and the console on Vite's dev server.
// Set LOCAL_AWS=off to run the console alone (e.g. against real AWS via public/config.json).
import { spawn, type ChildProcess } from 'node:child_process';

const consolePort = Number(process.env.PORT ?? 5173);
const localAwsPort = Number(process.env.LOCAL_AWS_PORT ?? 4566);
const withLocalAws = process.env.LOCAL_AWS !== 'off';
const children: ChildProcess[] = [];

async function waitForHealth(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`local-aws did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

if (withLocalAws) {
  const localAws = spawn('npx', ['tsx', 'local-aws/main.ts', '--port', String(localAwsPort)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(localAws);
  localAws.on('exit', (code) => stop(code ?? 1));
  await waitForHealth(`http://127.0.0.1:${localAwsPort}/_local/health`);
}

const vite = spawn(
  'npx',
  ['vite', '--port', String(consolePort), '--strictPort', '--clearScreen', 'false'],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
children.push(vite);
vite.on('exit', (code) => stop(code ?? 1));

console.log(`
  Transcribe console:  http://127.0.0.1:${consolePort}/
${
  withLocalAws
    ? `  local-aws:           http://127.0.0.1:${localAwsPort}/ (state in .local-aws/)
  Demo sign-in:        analyst / Analyst-Passw0rd!
                       new-analyst / Temp-Passw0rd!  (asks for a new password)
`
    : ''
}`);
