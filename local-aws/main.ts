// `npm run local-aws`: the emulator alone. Flags: --port, --host, --data-dir, --ephemeral,
// --seed FILE (JSON changes to the default world), --job-delay-ms, --resource-delay-ms, --log,
// --watchdog-ms.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { StoreDamaged } from './core/record-log';
import { startWatchdog } from './core/watchdog';
import { seedSpecSchema } from './seed/seed';
import { startLocalAws } from './server';

const options = {
  port: { type: 'string', default: process.env.LOCAL_AWS_PORT ?? '4566' },
  host: { type: 'string', default: process.env.LOCAL_AWS_HOST ?? '127.0.0.1' },
  'data-dir': { type: 'string', default: process.env.LOCAL_AWS_DATA_DIR },
  ephemeral: { type: 'boolean', default: false },
  seed: { type: 'string' },
  'job-delay-ms': { type: 'string' },
  'resource-delay-ms': { type: 'string' },
  log: { type: 'boolean', default: false },
  'watchdog-ms': { type: 'string' },
  'exit-with-parent': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** Bad input on the command line: said plainly, with no stack trace, and exit code 2. */
function fail(message: string): never {
  console.error(`local-aws: ${message}\nSee npm run local-aws -- --help`);
  process.exit(2);
}

function parseFlags() {
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}
const values = parseFlags();

if (values.help) {
  console.log(`local-aws: STS, Cognito, KMS, S3 and Transcribe on one port.
  --port N          port (default 4566, env LOCAL_AWS_PORT)
  --host H          address to listen on (default 127.0.0.1)
  --data-dir DIR    where state is kept (default .local-aws/)
  --ephemeral       keep state in memory only
  --seed FILE       JSON changes to the default world, e.g. {"generatedKeys": 10000}
  --job-delay-ms N  how long a job stays QUEUED and IN_PROGRESS (default 1000 and 2000);
                    N for both, or QUEUED,IN_PROGRESS such as 300,700
  --resource-delay-ms N  how long a custom vocabulary stays PENDING and a custom
                    language model IN_PROGRESS (default 1500 and 4000); N or N,M
  --log             print one line per request
  --watchdog-ms N   if the process stops answering for N ms, print where it is and exit
  --exit-with-parent  stop when the process that started this one is gone (test runs)`);
  process.exit(0);
}

function jobDelays(text: string | undefined) {
  if (text === undefined) return undefined;
  const [queuedMs, inProgressMs = queuedMs] = text.split(',').map(Number);
  if (![queuedMs, inProgressMs].every((n) => Number.isInteger(n) && n! >= 0))
    fail(`--job-delay-ms takes N or N,M in milliseconds, not "${text}"`);
  return { queuedMs: queuedMs!, inProgressMs: inProgressMs! };
}

function resourceDelays(text: string | undefined) {
  if (text === undefined) return undefined;
  const [vocabularyMs, languageModelMs = vocabularyMs] = text.split(',').map(Number);
  if (![vocabularyMs, languageModelMs].every((n) => Number.isInteger(n) && n! >= 0))
    fail(`--resource-delay-ms takes N or N,M in milliseconds, not "${text}"`);
  return { vocabularyMs: vocabularyMs!, languageModelMs: languageModelMs! };
}

const watchdogMs = values['watchdog-ms'] === undefined ? undefined : Number(values['watchdog-ms']);
if (watchdogMs !== undefined && !(watchdogMs > 0))
  fail(`--watchdog-ms takes a number of milliseconds, not "${values['watchdog-ms']}"`);

const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535)
  fail(`--port takes a number from 0 to 65535 (0 picks a free one), not "${values.port}"`);

function readSeed(file: string | undefined) {
  if (file === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`--seed ${file}: ${(error as Error).message}`);
  }
  const parsed = seedSpecSchema.safeParse(json);
  if (!parsed.success)
    fail(
      `--seed ${file}: ${parsed.error.issues
        .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message)
        .join('; ')}`,
    );
  return parsed.data;
}

const server = await startLocalAws({
  port,
  host: values.host,
  dataDir: values['data-dir'],
  ephemeral: values.ephemeral,
  seed: readSeed(values.seed),
  jobDelays: jobDelays(values['job-delay-ms']),
  resourceDelays: resourceDelays(values['resource-delay-ms']),
  logRequests: values.log,
}).catch((error: NodeJS.ErrnoException) => {
  // The message names the file and record, and nothing stored in it (secrets included).
  if (error instanceof StoreDamaged) {
    console.error(`local-aws: ${error.message}`);
    process.exit(2);
  }
  if (error.code === 'EADDRINUSE')
    fail(
      `port ${port} on ${values.host} is in use (is local-aws already running? npm start runs one)`,
    );
  throw error;
});
console.log(`local-aws listening on ${server.url}`);
if (watchdogMs !== undefined) startWatchdog(watchdogMs);
if (values['exit-with-parent']) {
  // A test runner killed outright runs no teardown: without this, local-aws would outlive it,
  // holding the port and the output pipe that CI waits on.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      console.error('local-aws: the process that started it is gone; stopping.');
      process.exit(0);
    }
  }, 1000).unref();
}

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
