// Servers that the bench, `npm start` and tests start as processes of their own.
//
// Each runs in a process group of its own (`detached`), and stopping it signals the whole group:
// a wrapper such as npx ends on SIGTERM without passing it on, which left its server running.
// Whatever is still running when this process exits, on an error or a signal, is killed too.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

export interface ServerProcess {
  /** The server's process ID, which is also its process group's ID. */
  readonly pid: number;
  readonly url: string;
  /** Settles when the server's own process exits (stopped, or on its own). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends every process of the group: SIGTERM, then SIGKILL for what is left after a grace period. */
  stop(): Promise<void>;
}

export interface ServerSpec {
  /** Named in errors: "vite preview", "local-aws". */
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** What happens to the server's stdout; `ready` may read it when it is piped. */
  stdout?: 'pipe' | 'inherit' | 'ignore';
  /** Resolves with the server's URL once it serves; gives up when `cancelled` aborts. */
  ready: (child: ChildProcess, cancelled: AbortSignal) => Promise<string>;
  startTimeoutMs?: number;
}

/** Process groups started here and not yet seen to end. */
const running = new Map<number, string>();

process.on('exit', () => {
  // Nothing asynchronous runs any more: the groups are killed outright.
  for (const group of running.keys()) signalGroup(group, 'SIGKILL');
});

function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

/** Whether any process of the group is still there. */
export function groupAlive(group: number): boolean {
  return signalGroup(group, 0);
}

/** Polls, since nothing tells a parent when the last process of a group is gone. */
async function groupGone(group: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(group)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

async function stopGroup(group: number, name: string, graceMs = 5000): Promise<void> {
  if (signalGroup(group, 'SIGTERM') && !(await groupGone(group, graceMs))) {
    signalGroup(group, 'SIGKILL');
    if (!(await groupGone(group, graceMs)))
      throw new Error(`${name} (process group ${group}) is still running after SIGKILL`);
  }
  running.delete(group);
}

/** Starts a server in a process group of its own and waits until `spec.ready` says it serves. */
export async function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env ?? process.env,
    detached: true,
    stdio: ['ignore', spec.stdout ?? 'pipe', 'inherit'],
  });
  const group = await new Promise<number>((resolvePid, reject) => {
    child.once('spawn', () => resolvePid(child.pid!));
    child.once('error', (error) =>
      reject(new Error(`${spec.name} did not start: ${error.message}`)),
    );
  });
  running.set(group, spec.name);
  const stop = () => stopGroup(group, spec.name);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );

  const exitedEarly = exited.then(({ code, signal }) => {
    throw new Error(`${spec.name} exited (${signal ?? `code ${code}`}) before it served`);
  });
  // It rejects on every exit, also of a server long started: nobody waits for it then.
  exitedEarly.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const cancel = new AbortController();
  try {
    const url = await Promise.race([
      spec.ready(child, cancel.signal),
      exitedEarly,
      new Promise<never>((_, reject) => {
        const ms = spec.startTimeoutMs ?? 30_000;
        timer = setTimeout(() => reject(new Error(`${spec.name} did not serve in ${ms} ms`)), ms);
      }),
    ]);
    return { pid: group, url, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
    cancel.abort();
  }
}

/** Ready once `pattern`'s first group appears in the server's stdout (which must be piped). */
export function urlFromOutput(pattern: RegExp) {
  return (child: ChildProcess) =>
    new Promise<string>((resolveUrl) => {
      let output = '';
      const onData = (chunk: string) => {
        output += chunk;
        const match = pattern.exec(output);
        if (!match) return;
        child.stdout!.off('data', onData);
        // Read on, so that a chatty server never blocks on a full pipe.
        child.stdout!.resume();
        resolveUrl(match[1]!);
      };
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', onData);
    });
}

/** Ready once `url` answers with a 2xx. */
export function urlAnswers(url: string) {
  return async (_child: ChildProcess, cancelled: AbortSignal): Promise<string> => {
    while (!cancelled.aborted) {
      try {
        if ((await fetch(url)).ok) return url;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`gave up waiting for ${url}`);
  };
}

/**
 * On SIGINT, SIGTERM or SIGHUP, stops every server started here, then exits as the signal
 * would have (128 + its number). A second signal while stopping exits at once (and the exit
 * handler kills what is left).
 */
export function stopServersOnSignals(): void {
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
  for (const [signal, number] of Object.entries(numbers)) {
    process.once(signal, () => {
      const stops = [...running].map(([group, name]) => stopGroup(group, name));
      stopping = Promise.allSettled(stops).then(() => process.exit(128 + number));
    });
  }
}

let stopping: Promise<never> | undefined;

/**
 * While a signal's stop is under way, a promise that never settles (the process exits as the
 * signal would have); otherwise undefined. Work that fails because its servers were just
 * stopped awaits it, so the exit code says "interrupted", not "failed".
 */
export function stopOnSignalUnderWay(): Promise<never> | undefined {
  return stopping;
}

/** The vite CLI, run by node itself rather than through npx (one process, no wrapper). */
export const viteCli = resolve(
  dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);
