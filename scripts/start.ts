// `npm start`: local-aws (seeded, state in .local-aws/) and the console on Vite's dev server.
// Set LOCAL_AWS=off to run the console alone (e.g. against real AWS via public/config.json).
import {
  type ServerProcess,
  startServer,
  stopOnSignalUnderWay,
  stopServersOnSignals,
  urlAnswers,
  viteCli,
} from './server-process';

const consolePort = Number(process.env.PORT ?? 5173);
const localAwsPort = Number(process.env.LOCAL_AWS_PORT ?? 4566);
const withLocalAws = process.env.LOCAL_AWS !== 'off';

// Ctrl-C, or a SIGTERM to this process, ends both servers (each runs in a group of its own).
stopServersOnSignals();

const servers: ServerProcess[] = [];
async function stopAll(code: number): Promise<never> {
  // A server that ended because a signal stopped it: the exit code is the signal's.
  await stopOnSignalUnderWay();
  await Promise.allSettled(servers.map((server) => server.stop()));
  process.exit(code);
}

try {
  if (withLocalAws) {
    const localAws = await startServer({
      name: 'local-aws',
      command: process.execPath,
      args: ['--import', 'tsx', 'local-aws/main.ts', '--port', String(localAwsPort)],
      stdout: 'inherit',
      ready: urlAnswers(`http://127.0.0.1:${localAwsPort}/_local/health`),
    });
    servers.push(localAws);
  }
  const vite = await startServer({
    name: 'vite',
    command: process.execPath,
    args: [viteCli, '--port', String(consolePort), '--strictPort', '--clearScreen', 'false'],
    stdout: 'inherit',
    ready: urlAnswers(`http://127.0.0.1:${consolePort}/`),
  });
  servers.push(vite);
} catch (error) {
  console.error(String(error));
  await stopAll(1);
}

// When either server ends on its own, so does the other, and `npm start` with its exit code.
void Promise.race(servers.map((server) => server.exited)).then(({ code }) => stopAll(code ?? 1));

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
