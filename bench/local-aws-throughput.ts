import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { StartTranscriptionJobCommand, TranscribeClient } from '@aws-sdk/client-transcribe';
import { adminCredentials, type BenchResult, percentile, spawnLocalAws } from './lib';
import { MEETING_MEDIA_URI, TRANSCRIPTS_BUCKET } from '../local-aws/seed/ids';

/** Requests per second and p99 for signed calls at concurrency 1 and 32 (bounded in count). */
export async function benchLocalAwsThroughput(): Promise<BenchResult> {
  const server = await spawnLocalAws(['--job-delay-ms', '600000']);
  const lines: string[] = [];
  try {
    const config = {
      region: 'us-east-1',
      endpoint: server.url,
      credentials: adminCredentials,
      maxAttempts: 1,
    };
    const kms = new KMSClient(config);
    const transcribe = new TranscribeClient(config);
    let jobCounter = 0;
    const operations: [string, () => Promise<unknown>][] = [
      ['KMS ListKeys', () => kms.send(new ListKeysCommand({}))],
      [
        'Transcribe StartTranscriptionJob',
        () =>
          transcribe.send(
            new StartTranscriptionJobCommand({
              TranscriptionJobName: `bench-${process.pid}-${jobCounter++}`,
              LanguageCode: 'en-US',
              Media: { MediaFileUri: MEETING_MEDIA_URI },
              OutputBucketName: TRANSCRIPTS_BUCKET,
            }),
          ),
      ],
    ];
    for (const [name, call] of operations) {
      for (const concurrency of [1, 32]) {
        const total = concurrency === 1 ? 300 : 1500;
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
        const seconds = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        lines.push(
          `${name.padEnd(34)} concurrency ${String(concurrency).padStart(2)}: ${(total / seconds).toFixed(0).padStart(5)} req/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (${total} requests)`,
        );
      }
    }
  } finally {
    await server.stop();
  }
  return { name: 'local-aws throughput (signed requests, loopback)', lines, failures: [] };
}
