// The data dir at scale: start-up time against the number of records (and not the bytes of
// bodies), durable writes per second, and the time and peak memory of writing and reading a
// 1 GiB object through S3 (BENCH_OBJECT_MIB changes the size). Large files go to the system's
// temporary directory and are deleted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { FileStore } from '../local-aws/core/file-store';
import { TRANSCRIPTS_BUCKET } from '../local-aws/seed/ids';
import { adminCredentials, type BenchResult, spawnLocalAws } from './lib';

const MiB = 1024 * 1024;

/** A record about the size of a stored KMS key or job. */
const recordOf = (i: number) => ({
  arn: `arn:aws:kms:us-east-1:111122223333:key/${String(i).padStart(8, '0')}-0000-4000-8000-111122223333`,
  description: 'x'.repeat(200),
  state: 'Enabled',
  created: 1_700_000_000_000 + i,
  material: Buffer.alloc(32, i & 0xff).toString('base64'),
});

function fillStore(dir: string, records: number): void {
  const store = new FileStore(dir);
  for (let start = 0; start < records; start += 1000)
    store.batch(() => {
      for (let i = start; i < Math.min(records, start + 1000); i++)
        store.put('records', `r${i}`, recordOf(i));
    });
  store.close();
}

/** Milliseconds to open a store, the best of three. */
function startMs(dir: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    new FileStore(dir).close();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function durableWritesPerSecond(dir: string, writes: number): number {
  const store = new FileStore(dir);
  const started = performance.now();
  for (let i = 0; i < writes; i++) store.put('records', `w${i}`, recordOf(i));
  const seconds = (performance.now() - started) / 1000;
  store.close();
  return writes / seconds;
}

/** The resident memory of a process, sampled until `stop` is called; the peak in MiB. */
function sampleRss(pid: number): () => number {
  let peak = 0;
  const read = () => {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    peak = Math.max(peak, Number(match?.[1] ?? 0) / 1024);
  };
  read();
  const timer = setInterval(read, 20);
  return () => {
    clearInterval(timer);
    read();
    return peak;
  };
}

function* chunksOf(size: number): Generator<Buffer> {
  const chunk = Buffer.alloc(MiB);
  for (let i = 0; i < MiB; i++) chunk[i] = (i * 31) & 0xff;
  for (let sent = 0; sent < size; sent += MiB) yield chunk.subarray(0, Math.min(MiB, size - sent));
}

export async function benchStore(): Promise<BenchResult> {
  const lines: string[] = [];
  const failures: string[] = [];
  const root = mkdtempSync(join(tmpdir(), 'bench-store-'));
  try {
    const small = join(root, 'records-10k');
    const large = join(root, 'records-100k');
    fillStore(small, 10_000);
    fillStore(large, 100_000);
    const smallMs = startMs(small);
    const largeMs = startMs(large);
    lines.push(
      `start-up: ${smallMs.toFixed(0)} ms with 10,000 records, ${largeMs.toFixed(0)} ms with 100,000 (×${(largeMs / smallMs).toFixed(1)} for ×10 records)`,
    );
    if (largeMs / smallMs > 30) failures.push('start-up grows faster than the number of records');

    const perSecond = durableWritesPerSecond(join(root, 'writes'), 300);
    lines.push(
      `durable writes (each fsynced before it returns): ${perSecond.toFixed(0)} per second`,
    );

    const objectBytes = Number(process.env.BENCH_OBJECT_MIB ?? 1024) * MiB;
    const dataDir = join(root, 'object');
    const server = await spawnLocalAws([], [], dataDir);
    try {
      const s3 = new S3Client({
        region: 'us-east-1',
        endpoint: server.url,
        credentials: adminCredentials,
        forcePathStyle: true,
        maxAttempts: 1,
      });
      const idleRss = sampleRss(server.pid)();
      let stop = sampleRss(server.pid);
      let started = performance.now();
      await s3.send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS_BUCKET,
          Key: 'bench/large.bin',
          Body: Readable.from(chunksOf(objectBytes)),
          ContentLength: objectBytes,
        }),
      );
      const putSeconds = (performance.now() - started) / 1000;
      const putPeak = stop();
      stop = sampleRss(server.pid);
      started = performance.now();
      const got = await s3.send(
        new GetObjectCommand({ Bucket: TRANSCRIPTS_BUCKET, Key: 'bench/large.bin' }),
      );
      let received = 0;
      for await (const chunk of got.Body as Readable) received += (chunk as Buffer).length;
      const getSeconds = (performance.now() - started) / 1000;
      const getPeak = stop();
      if (received !== objectBytes) failures.push(`GetObject returned ${received} bytes`);
      const mib = objectBytes / MiB;
      lines.push(
        `PutObject of ${mib} MiB (SDK stream, aws-chunked with CRC32): ${putSeconds.toFixed(1)} s (${(mib / putSeconds).toFixed(0)} MiB/s); local-aws peak RSS ${putPeak.toFixed(0)} MiB (idle ${idleRss.toFixed(0)} MiB)`,
      );
      lines.push(
        `GetObject of it (every block checked first, then streamed): ${getSeconds.toFixed(1)} s (${(mib / getSeconds).toFixed(0)} MiB/s); local-aws peak RSS ${getPeak.toFixed(0)} MiB`,
      );
      // Flat memory: bytes, not noisy. The object must never be held whole.
      const budget = idleRss + 200;
      if (Math.max(putPeak, getPeak) > budget)
        failures.push(
          `local-aws RSS reached ${Math.max(putPeak, getPeak).toFixed(0)} MiB (budget ${budget.toFixed(0)})`,
        );
    } finally {
      await server.stop();
    }
    // Start-up does not read bodies: the same store with the large object beside it.
    const withBodyMs = startMs(dataDir);
    const opened = new FileStore(dataDir);
    const records = opened.ids('s3-objects').length;
    opened.close();
    lines.push(
      `start-up of the data dir holding it (the seeded world, ${records} objects, ${objectBytes / MiB} MiB of bodies): ${withBodyMs.toFixed(1)} ms`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return { name: 'local-aws data dir', lines, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchStore();
  for (const line of result.lines) console.log(line);
  for (const failure of result.failures) console.log(`OVER BUDGET: ${failure}`);
}
