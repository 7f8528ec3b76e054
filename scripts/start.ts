// `npm start`: the console on Vite's dev server, printing where to open it.
import { spawn } from 'node:child_process';

const consolePort = Number(process.env.PORT ?? 5173);
const children = [
  spawn('npx', ['vite', '--port', String(consolePort), '--strictPort', '--clearScreen', 'false'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
];

console.log(`\nTranscribe console: http://127.0.0.1:${consolePort}/\n`);

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
