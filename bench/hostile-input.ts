import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  CreateKeyCommand,
  EncryptCommand,
  KMSClient,
  PutKeyPolicyCommand,
} from '@aws-sdk/client-kms';
import { CreateMultipartUploadCommand, S3Client } from '@aws-sdk/client-s3';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { CURRENT_ACCOUNT, TRANSCRIPTS_BUCKET } from '../local-aws/seed/ids';
import type { ServerProcess } from '../scripts/server-process';
import { adminCredentials, type BenchResult, spawnLocalAws } from './lib';

// The three attacks of issue 10 that once froze or bloated local-aws, each against a fresh
// emulator process: the worst `/_local/health` latency while it runs and the process's peak
// resident memory (VmHWM). Each case is bounded in time and in count.

const CASE_BOUND_MS = 120_000;

interface Measured {
  worstHealthMs: number;
  healthChecks: number;
  peakRssMiB: number;
  outcome: string;
}

function get(url: string, timeoutMs: number): Promise<void> {
  return new Promise((resolveGet, reject) => {
    const req = httpRequest(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolveGet());
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** Polls health one request at a time until stopped; a request still out counts as it stands. */
function healthWatch(url: string) {
  let stopped = false;
  let worst = 0;
  let count = 0;
  let inFlightSince: number | undefined;
  const loop = (async () => {
    while (!stopped) {
      inFlightSince = performance.now();
      await get(`${url}/_local/health`, CASE_BOUND_MS).catch(() => undefined);
      worst = Math.max(worst, performance.now() - inFlightSince);
      inFlightSince = undefined;
      count++;
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      const pending = inFlightSince === undefined ? 0 : performance.now() - inFlightSince;
      await loop;
      return { worst: Math.max(worst, pending), count };
    },
  };
}

const peakRssMiB = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
};

async function measure(
  name: string,
  attack: (server: ServerProcess) => Promise<string>,
): Promise<string> {
  const server = await spawnLocalAws();
  try {
    await get(`${server.url}/_local/health`, 10_000);
    const watch = healthWatch(server.url);
    const bound = new Promise<string>((r) =>
      setTimeout(() => r(`still running after ${CASE_BOUND_MS / 1000} s`), CASE_BOUND_MS).unref(),
    );
    const outcome = await Promise.race([attack(server).catch((e: Error) => e.message), bound]);
    const health = await watch.stop();
    const result: Measured = {
      worstHealthMs: health.worst,
      healthChecks: health.count,
      peakRssMiB: peakRssMiB(server.pid),
      outcome,
    };
    return `${name.padEnd(36)} worst health ${result.worstHealthMs.toFixed(0).padStart(6)} ms (${result.healthChecks} checks), peak RSS ${result.peakRssMiB.toFixed(0)} MiB; ${result.outcome}`;
  } finally {
    await server.stop();
  }
}

const clientConfig = (url: string) => ({
  region: 'us-east-1',
  endpoint: url,
  credentials: adminCredentials,
  maxAttempts: 1,
});

/** Case 1: a key policy condition whose wildcards once backtracked exponentially. */
async function wildcardCondition(server: ServerProcess): Promise<string> {
  const kms = new KMSClient(clientConfig(server.url));
  const key = await kms.send(new CreateKeyCommand({}));
  const keyId = key.KeyMetadata!.KeyId!;
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: { StringLike: { 'kms:EncryptionContext:x': `${'*a'.repeat(12)}!` } },
      },
    ],
  };
  await kms.send(new PutKeyPolicyCommand({ KeyId: keyId, Policy: JSON.stringify(policy) }));
  const started = performance.now();
  await kms.send(
    new EncryptCommand({
      KeyId: keyId,
      Plaintext: Buffer.from('x'),
      EncryptionContext: { x: 'a'.repeat(40) },
    }),
  );
  return `Encrypt with 40 a's answered in ${(performance.now() - started).toFixed(0)} ms`;
}

async function signedS3(
  url: string,
  method: string,
  path: string,
  query: Record<string, string>,
  body: string,
) {
  const endpoint = new URL(url);
  const signer = new SignatureV4({
    credentials: adminCredentials,
    region: 'us-east-1',
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method,
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      port: Number(endpoint.port),
      path,
      query,
      headers: {
        host: endpoint.host,
        'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'),
      },
      body,
    }),
  );
  const search = new URLSearchParams(query).toString();
  return fetch(`${url}${path}?${search}`, { method, headers: signed.headers, body });
}

/** Case 2: a CompleteMultipartUpload body of 800 KB of unclosed tags. */
async function unclosedXml(server: ServerProcess): Promise<string> {
  const s3 = new S3Client({ ...clientConfig(server.url), forcePathStyle: true });
  const key = 'hostile/unclosed';
  const upload = await s3.send(
    new CreateMultipartUploadCommand({ Bucket: TRANSCRIPTS_BUCKET, Key: key }),
  );
  const body = `<CompleteMultipartUpload>${'<Part>'.repeat(133_000)}</CompleteMultipartUpload>`;
  const started = performance.now();
  const response = await signedS3(
    server.url,
    'POST',
    `/${TRANSCRIPTS_BUCKET}/${key}`,
    { uploadId: upload.UploadId! },
    body,
  );
  const text = await response.text();
  const code = /<Code>(\w+)<\/Code>/.exec(text)?.[1] ?? '';
  return `${(body.length / 1024).toFixed(0)} KB answered ${response.status} ${code} in ${(performance.now() - started).toFixed(0)} ms`;
}

/** Case 3: 24 concurrent unsigned POSTs of 63 MB each. */
async function largeUnsignedBodies(server: ServerProcess): Promise<string> {
  const body = Buffer.alloc(63 * 1024 * 1024, 0x61);
  const endpoint = new URL(server.url);
  const outcomes = await Promise.all(
    Array.from(
      { length: 24 },
      () =>
        new Promise<string>((done) => {
          const req = httpRequest(
            {
              host: endpoint.hostname,
              port: endpoint.port,
              method: 'POST',
              path: '/',
              agent: false,
              headers: {
                'content-type': 'application/x-amz-json-1.1',
                'x-amz-target': 'TrentService.ListKeys',
                'content-length': String(body.length),
              },
            },
            (res) => {
              res.resume();
              res.on('end', () => done(String(res.statusCode)));
              res.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
            },
          );
          req.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
          req.end(body);
        }),
    ),
  );
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return `answers: ${[...counts].map(([k, n]) => `${n}× ${k}`).join(', ')}`;
}

/** Worst health latency and peak memory under the attacks that once froze or bloated local-aws. */
export async function benchHostileInput(): Promise<BenchResult> {
  const lines = [
    await measure('1 wildcard condition (12 *, 40 a)', wildcardCondition),
    await measure('2 CompleteMultipartUpload, 800 KB', unclosedXml),
    await measure('7 24 unsigned 63 MB POSTs', largeUnsignedBodies),
  ];
  return { name: 'local-aws under hostile input', lines, failures: [] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchHostileInput();
  for (const line of result.lines) console.log(line);
}
