import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateKeyCommand, DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { GetTranscriptionJobCommand } from '@aws-sdk/client-transcribe';
import { afterAll, describe, expect, it } from 'vitest';
import { clientConfig } from './harness';
import { s3Client, TRANSCRIPTS } from './s3-support';
import { startJob, transcribeAs } from './transcribe-support';

// The whole local-aws process is killed with -9 at a random moment while four writers keep
// it busy (objects, multipart uploads, jobs, KMS keys); after a restart on the same data dir
// every write it acknowledged must be there. Three kills, each at its own random moment.

const main = join(import.meta.dirname, '..', 'main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-kill-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function startProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', main, '--port', '0', '--data-dir', dataDir, '--job-delay-ms', '20'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`local-aws exited with ${code}: ${output}`)));
  });
  return { child, url };
}

type Acknowledged =
  | { kind: 'object'; key: string; md5: string }
  | { kind: 'multipart'; key: string; md5: string }
  | { kind: 'job'; name: string }
  | { kind: 'key'; keyId: string };

const md5 = (data: Buffer) => createHash('md5').update(data).digest('hex');

/** Writes of one kind, one after another, until the process dies. */
async function writeUntilKilled(
  url: string,
  kind: Acknowledged['kind'],
  round: number,
  acknowledged: Acknowledged[],
): Promise<void> {
  const s3 = s3Client(url);
  const kms = new KMSClient(clientConfig(url));
  const transcribe = transcribeAs(url);
  for (let i = 0; ; i++) {
    const name = `kill-${round}-${kind}-${i}`;
    const body = Buffer.from(`${name} `.repeat(1 + (i % 50) * 40));
    try {
      if (kind === 'object') {
        await s3.send(new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: name, Body: body }));
        acknowledged.push({ kind, key: name, md5: md5(body) });
      } else if (kind === 'multipart') {
        const { UploadId } = await s3.send(
          new CreateMultipartUploadCommand({ Bucket: TRANSCRIPTS, Key: name }),
        );
        const { ETag } = await s3.send(
          new UploadPartCommand({
            Bucket: TRANSCRIPTS,
            Key: name,
            UploadId,
            PartNumber: 1,
            Body: body,
          }),
        );
        await s3.send(
          new CompleteMultipartUploadCommand({
            Bucket: TRANSCRIPTS,
            Key: name,
            UploadId,
            MultipartUpload: { Parts: [{ PartNumber: 1, ETag }] },
          }),
        );
        acknowledged.push({ kind, key: name, md5: md5(body) });
      } else if (kind === 'job') {
        await startJob(transcribe, { TranscriptionJobName: name, OutputBucketName: TRANSCRIPTS });
        acknowledged.push({ kind, name });
      } else {
        const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: name }));
        acknowledged.push({ kind, keyId: KeyMetadata!.KeyId! });
      }
    } catch {
      return; // the process is gone: this write was never acknowledged
    }
  }
}

async function checkAll(url: string, acknowledged: readonly Acknowledged[]): Promise<void> {
  const s3 = s3Client(url);
  const kms = new KMSClient(clientConfig(url));
  const transcribe = transcribeAs(url);
  for (const write of acknowledged) {
    if (write.kind === 'object' || write.kind === 'multipart') {
      const got = await s3.send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: write.key }));
      expect(md5(Buffer.from(await got.Body!.transformToByteArray())), write.key).toBe(write.md5);
    } else if (write.kind === 'job') {
      const job = await transcribe.send(
        new GetTranscriptionJobCommand({ TranscriptionJobName: write.name }),
      );
      expect(job.TranscriptionJob?.TranscriptionJobName).toBe(write.name);
    } else {
      const key = await kms.send(new DescribeKeyCommand({ KeyId: write.keyId }));
      expect(key.KeyMetadata?.KeyId).toBe(write.keyId);
    }
  }
}

describe('local-aws killed with -9', () => {
  it('loses no acknowledged write, wherever in a stream of writes it is killed', async () => {
    const acknowledged: Acknowledged[] = [];
    for (let round = 0; round < 3; round++) {
      const { child, url } = await startProcess();
      await checkAll(url, acknowledged);
      const before = acknowledged.length;
      // Somewhere between a few and a few dozen acknowledgements into this round.
      const killAfter = before + 4 + Math.floor(Math.random() * 40);
      const writers = (['object', 'multipart', 'job', 'key'] as const).map((kind) =>
        writeUntilKilled(url, kind, round, acknowledged),
      );
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (acknowledged.length >= killAfter) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolve();
          }
        }, 1);
      });
      await Promise.all(writers);
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
      );
      expect(acknowledged.length, `round ${round} killed after ${killAfter}`).toBeGreaterThan(
        before,
      );
    }
    const { url } = await startProcess();
    await checkAll(url, acknowledged);
    expect(new Set(acknowledged.map((write) => write.kind)).size).toBe(4);
  }, 120_000);
});
