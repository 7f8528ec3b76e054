import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { StartTranscriptionJobCommand, TranscribeClient } from '@aws-sdk/client-transcribe';
import type { HttpHandler, HttpRequest, HttpResponse } from '@smithy/protocol-http';
import { type ServerProcess, startServer, urlFromOutput } from '../scripts/server-process';
import type { RecordedResponse } from './bare-server';
import { summarizeProfile } from './cpu-profile';
import { rawLoad, requestBytes } from './raw-load';
import {
  adminCredentials,
  type BenchResult,
  median,
  percentile,
  rootDir,
  spawnLocalAws,
  table,
} from './lib';
import { MEETING_MEDIA_URI, TRANSCRIPTS_BUCKET } from '../local-aws/seed/ids';

/** local-aws's signed ListKeys at concurrency 32 must reach this share of the bare server's rate. */
const LIST_KEYS_SHARE_BUDGET = 0.5;
/** Rounds per target, taken in turn (bare, local-aws, bare, …): the median rate counts. */
const ROUNDS = 3;
const LIMIT_REQUESTS = 3000;
const PROFILE_REQUESTS = 5000;

type Client = KMSClient | TranscribeClient;

interface Operation {
  name: string;
  client: (endpoint: string, requestHandler?: HttpHandler) => Client;
  send: (client: Client) => Promise<unknown>;
}

/** A fresh client for `endpoint`, and one call of the operation through it. */
function caller(operation: Operation, endpoint: string): () => Promise<unknown> {
  const client = operation.client(endpoint);
  return () => operation.send(client);
}

interface Run {
  rate: number;
  latencies: number[];
}

/** Requests per second and latencies of `total` calls, `concurrency` at a time. */
async function load(
  call: () => Promise<unknown>,
  concurrency: number,
  total: number,
): Promise<Run> {
  await call(); // warm up connections and code paths
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < total) {
        issued++;
        const t0 = performance.now();
        await call();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { rate: total / ((performance.now() - started) / 1000), latencies };
}

/**
 * One call through the SDK, recorded at its request handler: the signed request as bytes (to
 * replay) and local-aws's response (which the bare server gives to every request).
 */
async function record(
  operation: Operation,
  endpoint: string,
): Promise<{ request: Buffer; response: RecordedResponse }> {
  const plain = operation.client(endpoint);
  const inner = plain.config.requestHandler as HttpHandler;
  let recorded: RecordedResponse | undefined;
  let sent: Buffer | undefined;
  const recording = {
    handle: async (request: HttpRequest, options?: { abortSignal?: AbortSignal }) => {
      sent = requestBytes(request);
      const { response } = await inner.handle(request, options);
      const chunks: Buffer[] = [];
      for await (const chunk of response.body as Readable) chunks.push(Buffer.from(chunk));
      const body = Buffer.concat(chunks);
      recorded = {
        statusCode: response.statusCode,
        headers: response.headers,
        body: body.toString('base64'),
      };
      (response as HttpResponse).body = Readable.from([body]);
      return { response };
    },
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({}),
  } as unknown as HttpHandler;
  const client = operation.client(endpoint, recording);
  try {
    await operation.send(client);
  } finally {
    plain.destroy();
  }
  return { request: sent!, response: recorded! };
}

async function startBareServer(response: RecordedResponse, dir: string): Promise<ServerProcess> {
  const file = join(dir, `response-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(response));
  const server = await startServer({
    name: 'bare node:http server',
    command: process.execPath,
    args: ['--import', 'tsx', resolve(rootDir, 'bench/bare-server.ts'), file],
    cwd: rootDir,
    ready: urlFromOutput(/listening on (http:\/\/\S+)/),
  });
  console.error(`  (bare node:http server on ${server.url}, process group ${server.pid})`);
  return server;
}

const clientConfig = (endpoint: string, requestHandler?: HttpHandler) => ({
  region: 'us-east-1',
  endpoint,
  credentials: adminCredentials,
  maxAttempts: 1,
  ...(requestHandler ? { requestHandler } : {}),
});

let jobCounter = 0;
const operations: Operation[] = [
  {
    name: 'KMS ListKeys',
    client: (endpoint, handler) => new KMSClient(clientConfig(endpoint, handler)),
    send: (client) => (client as KMSClient).send(new ListKeysCommand({})),
  },
  {
    name: 'Transcribe StartTranscriptionJob',
    client: (endpoint, handler) => new TranscribeClient(clientConfig(endpoint, handler)),
    send: (client) =>
      (client as TranscribeClient).send(
        new StartTranscriptionJobCommand({
          TranscriptionJobName: `bench-${process.pid}-${jobCounter++}`,
          LanguageCode: 'en-US',
          Media: { MediaFileUri: MEETING_MEDIA_URI },
          OutputBucketName: TRANSCRIPTS_BUCKET,
        }),
      ),
  },
];

/**
 * Signed requests per second and p99 of local-aws, each beside a bare node:http server that
 * answers with the same bytes, measured in turn in the same run; then where local-aws spends
 * its time under ListKeys at concurrency 32 (`--cpu-prof`).
 */
export async function benchLocalAwsThroughput(): Promise<BenchResult> {
  const lines: string[] = [];
  const failures: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'local-aws-bench-'));
  const localAws = await spawnLocalAws(['--job-delay-ms', '600000']);
  const rows: string[][] = [];
  let listKeysRequest: Buffer | undefined;
  try {
    for (const operation of operations) {
      // The bytes to answer with: local-aws's own answer to the same call.
      const recorded = await record(operation, localAws.url);
      const bare = await startBareServer(recorded.response, dir);
      try {
        if (operation.name === 'KMS ListKeys') {
          const limit = await serverLimit(recorded.request, bare, localAws);
          lines.push(...limit.lines);
          failures.push(...limit.failures);
          listKeysRequest = recorded.request;
        }
        for (const concurrency of [1, 32]) {
          const total = concurrency === 1 ? 300 : 1500;
          const runs: Record<'bare' | 'local', Run[]> = { bare: [], local: [] };
          for (let round = 0; round < ROUNDS; round++) {
            runs.bare.push(await load(caller(operation, bare.url), concurrency, total));
            runs.local.push(await load(caller(operation, localAws.url), concurrency, total));
          }
          const rate = (target: 'bare' | 'local') => median(runs[target].map((r) => r.rate));
          const p = (target: 'bare' | 'local', n: number) =>
            percentile(
              runs[target].flatMap((r) => r.latencies).sort((a, b) => a - b),
              n,
            );
          const share = rate('local') / rate('bare');
          rows.push([
            operation.name,
            String(concurrency),
            rate('local').toFixed(0),
            `${p('local', 50).toFixed(1)} / ${p('local', 99).toFixed(1)} ms`,
            rate('bare').toFixed(0),
            `${p('bare', 50).toFixed(1)} / ${p('bare', 99).toFixed(1)} ms`,
            `${(100 * share).toFixed(0)}%`,
          ]);
          if (
            operation.name === 'KMS ListKeys' &&
            concurrency === 32 &&
            share < LIST_KEYS_SHARE_BUDGET
          )
            failures.push(
              `local-aws signed ListKeys at concurrency 32: ${(100 * share).toFixed(0)}% of the bare server's rate < ${100 * LIST_KEYS_SHARE_BUDGET}%`,
            );
        }
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await localAws.stop();
  }
  lines.push(
    `through the SDK, which signs every request (the client's own cost included; median of ${ROUNDS} rounds in turn, p50 / p99 over all rounds):`,
    ...table(
      [
        'operation',
        'concurrency',
        'local-aws req/s',
        'p50 / p99',
        'bare req/s',
        'p50 / p99',
        'local-aws / bare',
      ],
      rows,
    ),
  );

  if (listKeysRequest) lines.push(...(await profileListKeys(dir, listKeysRequest)));
  rmSync(dir, { recursive: true, force: true });
  return { name: 'local-aws throughput (signed requests, loopback)', lines, failures };
}

/**
 * The budget: one signed ListKeys request replayed at concurrency 32 by a client that does
 * next to nothing, against the bare server and local-aws in turn. local-aws checks the
 * signature of every copy (the same signature is good for 15 minutes).
 */
async function serverLimit(request: Buffer, bare: ServerProcess, localAws: ServerProcess) {
  const failures: string[] = [];
  const runs: Record<'bare' | 'local', Run[]> = { bare: [], local: [] };
  // CPU time per request, from the kernel's count for each server process: what a request
  // costs the server, whatever else this shared machine was doing meanwhile.
  const cpu: Record<'bare' | 'local', number[]> = { bare: [], local: [] };
  const measured = async (target: 'bare' | 'local', server: ServerProcess) => {
    const before = processCpuMs(server.pid);
    const run = await rawLoad(server.url, request, 32, LIMIT_REQUESTS);
    cpu[target].push(((processCpuMs(server.pid) - before) * 1000) / LIMIT_REQUESTS);
    runs[target].push(run);
    return run;
  };
  for (let round = 0; round < ROUNDS; round++) {
    await measured('bare', bare);
    const local = await measured('local', localAws);
    const refused = [...local.statuses].filter(([status]) => status !== 200);
    if (refused.length > 0)
      failures.push(
        `local-aws answered the replayed ListKeys with ${refused.map(([s, n]) => `${n}× ${s}`).join(', ')}`,
      );
  }
  const rate = (target: 'bare' | 'local') => median(runs[target].map((r) => r.rate));
  const p = (target: 'bare' | 'local', n: number) =>
    percentile(
      runs[target].flatMap((r) => r.latencies).sort((a, b) => a - b),
      n,
    );
  const share = rate('local') / rate('bare');
  if (share < LIST_KEYS_SHARE_BUDGET)
    failures.push(
      `local-aws signed ListKeys at concurrency 32: ${(100 * share).toFixed(0)}% of the bare server's rate < ${100 * LIST_KEYS_SHARE_BUDGET}%`,
    );
  const lines = [
    `one signed ListKeys replayed at concurrency 32 (${LIMIT_REQUESTS} requests a round, ${ROUNDS} rounds in turn; budget local-aws ≥ ${100 * LIST_KEYS_SHARE_BUDGET}% of bare):`,
    `  bare node:http, same bytes: ${rate('bare').toFixed(0)} req/s, p50 ${p('bare', 50).toFixed(1)} ms, p99 ${p('bare', 99).toFixed(1)} ms`,
    `  local-aws:                  ${rate('local').toFixed(0)} req/s, p50 ${p('local', 50).toFixed(1)} ms, p99 ${p('local', 99).toFixed(1)} ms = ${(100 * share).toFixed(0)}% of bare`,
    `  server CPU per request (median of rounds): bare ${median(cpu.bare).toFixed(0)} µs, local-aws ${median(cpu.local).toFixed(0)} µs (bare / local-aws = ${((100 * median(cpu.bare)) / median(cpu.local)).toFixed(0)}%)`,
  ];
  return { lines, failures };
}

/** User and system CPU time a process has used so far, from /proc (Linux), in milliseconds. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** local-aws under the replayed signed ListKeys at concurrency 32, profiled: where its time goes. */
async function profileListKeys(dir: string, request: Buffer): Promise<string[]> {
  const profileDir = join(dir, 'profile');
  const server = await spawnLocalAws([], ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  let run: Run;
  let window: [number, number];
  try {
    // Only the samples taken under load count: not the start (seeding, loading modules).
    const from = Number(process.hrtime.bigint() / 1000n);
    run = await rawLoad(server.url, request, 32, PROFILE_REQUESTS);
    window = [from, Number(process.hrtime.bigint() / 1000n)];
  } finally {
    // A clean exit (SIGTERM: local-aws closes and exits) is what writes the profile.
    await server.stop();
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return ['profile: local-aws wrote no .cpuprofile'];
  const summary = summarizeProfile(join(profileDir, file), window);
  // BENCH_KEEP_PROFILE=FILE keeps the profile (for DevTools, or inclusive times) past the run.
  if (process.env.BENCH_KEEP_PROFILE)
    copyFileSync(join(profileDir, file), process.env.BENCH_KEEP_PROFILE);
  const pct = (share: number) => `${(100 * share).toFixed(1).padStart(5)}%`;
  return [
    `where local-aws spends its time under that load (--cpu-prof, ${PROFILE_REQUESTS} requests, ${run.rate.toFixed(0)} req/s while profiled, ${pct(summary.idleShare).trim()} idle${summary.windowed ? '' : '; whole process, start included'}): self time`,
    '  by file or package:',
    ...summary.owners.slice(0, 10).map(([owner, share]) => `    ${pct(share)}  ${owner}`),
    '  by function:',
    ...summary.functions.slice(0, 15).map(([name, share]) => `    ${pct(share)}  ${name}`),
  ];
}
