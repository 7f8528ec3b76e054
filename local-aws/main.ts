// `npm run local-aws`: the emulator alone. Flags: --port, --host, --data-dir, --ephemeral,
// --seed FILE (JSON changes to the default world), --job-delay-ms, --log.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalAws } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.LOCAL_AWS_PORT ?? '4566' },
    host: { type: 'string', default: process.env.LOCAL_AWS_HOST ?? '127.0.0.1' },
    'data-dir': { type: 'string', default: process.env.LOCAL_AWS_DATA_DIR },
    ephemeral: { type: 'boolean', default: false },
    seed: { type: 'string' },
    'job-delay-ms': { type: 'string' },
    log: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`local-aws: STS, Cognito, KMS, S3 and Transcribe on one port.
  --port N          port (default 4566, env LOCAL_AWS_PORT)
  --host H          address to listen on (default 127.0.0.1)
  --data-dir DIR    where state is kept (default .local-aws/)
  --ephemeral       keep state in memory only
  --seed FILE       JSON changes to the default world, e.g. {"generatedKeys": 10000}
  --job-delay-ms N  how long a job stays QUEUED and IN_PROGRESS (default 1000 and 2000)
  --log             print one line per request`);
  process.exit(0);
}

const delay = values['job-delay-ms'] ? Number(values['job-delay-ms']) : undefined;
const server = await startLocalAws({
  port: Number(values.port),
  host: values.host,
  dataDir: values['data-dir'],
  ephemeral: values.ephemeral,
  seed: values.seed ? JSON.parse(readFileSync(values.seed, 'utf8')) : undefined,
  jobDelays: delay === undefined ? undefined : { queuedMs: delay, inProgressMs: delay },
  logRequests: values.log,
});
console.log(`local-aws listening on ${server.url}`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
