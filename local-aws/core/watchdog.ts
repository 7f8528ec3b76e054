import { Worker } from 'node:worker_threads';

/**
 * Ends the process, saying where its JavaScript was, when the main thread stops answering
 * for `stallMs`. A server stuck in a loop never answers and never fails; whoever waits on
 * it (a test run, CI) would wait forever. The watch runs on its own thread: the main thread
 * bumps a shared counter twice a second, and when the counter stands still the watcher
 * pauses the main thread through the inspector, writes its stack to stderr and kills the
 * process, so callers see refused connections and the log says why.
 */
export function startWatchdog(stallMs: number): () => void {
  const beat = new Int32Array(new SharedArrayBuffer(4));
  const heartbeat = setInterval(() => Atomics.add(beat, 0, 1), 500);
  heartbeat.unref();
  // No inherited flags: the watcher is plain CommonJS and needs no loader or input type.
  const worker = new Worker(WATCHER, { eval: true, execArgv: [], workerData: { beat, stallMs } });
  worker.unref();
  return () => {
    clearInterval(heartbeat);
    void worker.terminate();
  };
}

// CommonJS, run with `eval`: a worker cannot load TypeScript without the loader.
// Output goes through fs.writeSync, since a worker's console is relayed by the main thread.
const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const inspector = require('node:inspector');
const { beat, stallMs } = workerData;
let seen = Atomics.load(beat, 0);
let since = Date.now();
const timer = setInterval(() => {
  const now = Atomics.load(beat, 0);
  if (now !== seen) { seen = now; since = Date.now(); return; }
  if (Date.now() - since < stallMs) return;
  clearInterval(timer);
  const die = (stack) => {
    writeSync(2, 'local-aws: the main thread has not answered for ' + (Date.now() - since) +
      ' ms; stopping the process.\\n' + (stack ? 'It was at:\\n' + stack + '\\n' : ''));
    process.kill(process.pid, 'SIGKILL');
  };
  const session = new inspector.Session();
  session.connectToMainThread();
  // Frames name their script by ID; enabling the debugger announces every script's URL.
  // No line numbers: scripts loaded through tsx are transformed, so theirs would mislead.
  const urls = new Map();
  session.on('Debugger.scriptParsed', ({ params }) => urls.set(params.scriptId, params.url));
  session.on('Debugger.paused', ({ params }) => die(params.callFrames.map((frame) =>
    '    at ' + (frame.functionName || '<anonymous>') + ' (' +
    (frame.url || urls.get(frame.location.scriptId) || 'script ' + frame.location.scriptId) +
    ')').join('\\n')));
  session.post('Debugger.enable', () => session.post('Debugger.pause'));
  setTimeout(() => die(undefined), 5000);
}, Math.min(1000, stallMs / 4));
`;
