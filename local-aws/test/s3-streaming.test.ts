import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLOCK_BYTES } from '../core/bodies';
import { type LocalAws, startLocalAws } from '../server';
import { checksumOf } from '../services/s3/checksums';
import { OBJECTS_TABLE, type StoredObject } from '../services/s3/model';
import { afterSigning } from './harness';
import { errorOf, OWN_KEY_ARN, s3Client, TRANSCRIPTS } from './s3-support';

// Object bodies through the data dir: streamed in and out in blocks, each checked, with a
// limit lowered from S3's 5 GiB so that the paths run on a few MiB.

const MiB = 1024 * 1024;
const LIMIT = 8 * MiB;
const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-streaming-'));
let server: LocalAws;
beforeAll(async () => {
  server = await startLocalAws({ port: 0, dataDir, maxObjectBytes: LIMIT });
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

const s3 = () => s3Client(server.url);

/** Bytes that differ from block to block, so a misplaced block shows. */
const pattern = (size: number, seed: number) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 12) * 7 + seed) & 0xff;
  return bytes;
};

const stored = (key: string) =>
  server.world.store.get<StoredObject>(OBJECTS_TABLE, `${TRANSCRIPTS}/${key}`)!;

async function getBytes(key: string, range?: string): Promise<Buffer> {
  const got = await s3().send(
    new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: key, Range: range }),
  );
  return Buffer.from(await got.Body!.transformToByteArray());
}

describe('S3 object bodies in the data dir', () => {
  it('stores an SSE-KMS object of several blocks as a file and serves it whole and in ranges', async () => {
    const data = pattern(3 * BLOCK_BYTES + 777, 1);
    await s3().send(
      new PutObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'streamed/kms.bin',
        Body: data,
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: OWN_KEY_ARN,
      }),
    );
    const [segment] = stored('streamed/kms.bin').segments;
    const file = readFileSync(join(dataDir, 'bodies', segment!.body.id));
    expect(file.length).toBe(data.length);
    expect(file.subarray(0, 64).equals(data.subarray(0, 64))).toBe(false); // ciphertext
    expect((await getBytes('streamed/kms.bin')).equals(data)).toBe(true);
    const start = BLOCK_BYTES - 3;
    const end = 2 * BLOCK_BYTES + 17;
    expect(
      (await getBytes('streamed/kms.bin', `bytes=${start}-${end}`)).equals(
        data.subarray(start, end + 1),
      ),
    ).toBe(true);
    expect((await getBytes('streamed/kms.bin', 'bytes=-5')).equals(data.subarray(-5))).toBe(true);
  });

  it('refuses a body over the limit with EntityTooLarge, keeping nothing', async () => {
    const error = await errorOf(
      s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'streamed/big',
          Body: Buffer.alloc(LIMIT + 1),
        }),
      ),
    );
    expect(error.name).toBe('EntityTooLarge');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(server.world.store.has(OBJECTS_TABLE, `${TRANSCRIPTS}/streamed/big`)).toBe(false);
  });

  it('checks the payload hash the signature covers as the body ends, before storing it', async () => {
    const client = s3();
    afterSigning(client, (request) => {
      const body = Buffer.from(request.body as Uint8Array);
      body[10] = body[10]! ^ 1; // same length, one bit changed after signing
      request.body = body;
    });
    const error = await errorOf(
      client.send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'streamed/tampered',
          Body: pattern(2000, 3),
        }),
      ),
    );
    expect(error.name).toBe('XAmzContentSHA256Mismatch');
    expect(server.world.store.has(OBJECTS_TABLE, `${TRANSCRIPTS}/streamed/tampered`)).toBe(false);
  });

  it('answers 500 InternalError for a body that no longer matches its checksum, and logs it', async () => {
    const data = pattern(2 * BLOCK_BYTES, 4);
    await s3().send(new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'streamed/rot', Body: data }));
    const path = join(dataDir, 'bodies', stored('streamed/rot').segments[0]!.body.id);
    const file = readFileSync(path);
    file[BLOCK_BYTES + 100] = file[BLOCK_BYTES + 100]! ^ 0x10;
    writeFileSync(path, file);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await errorOf(getBytes('streamed/rot'));
    expect(error.name).toBe('InternalError');
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/streamed\/rot is damaged: body [0-9a-f]+ \(block 1\)/),
    );
    // The first block is whole and still served; HEAD needs no bytes.
    expect((await getBytes('streamed/rot', 'bytes=0-99')).equals(data.subarray(0, 100))).toBe(true);
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'streamed/rot' }),
    );
    expect(head.ContentLength).toBe(data.length);
  });

  it('makes an SSE-KMS multipart object of its parts without copying them, checksums combined', async () => {
    const parts = [pattern(5 * MiB, 5), pattern(BLOCK_BYTES + 5, 6)];
    const Key = 'streamed/multipart.bin';
    const created = await s3().send(
      new CreateMultipartUploadCommand({
        Bucket: TRANSCRIPTS,
        Key,
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: OWN_KEY_ARN,
      }),
    );
    const uploaded = [];
    for (const [index, Body] of parts.entries()) {
      const part = await s3().send(
        new UploadPartCommand({
          Bucket: TRANSCRIPTS,
          Key,
          UploadId: created.UploadId,
          PartNumber: index + 1,
          Body,
        }),
      );
      uploaded.push({ PartNumber: index + 1, ETag: part.ETag });
    }
    const partBodies = () =>
      server.world.store.list<{ segment: { body: { id: string } } }>('s3-upload-parts');
    const partIds = partBodies().map((part) => part.segment.body.id);
    await s3().send(
      new CompleteMultipartUploadCommand({
        Bucket: TRANSCRIPTS,
        Key,
        UploadId: created.UploadId,
        MultipartUpload: { Parts: uploaded },
      }),
    );
    expect(stored(Key).segments.map((segment) => segment.body.id)).toEqual(partIds);
    const whole = Buffer.concat(parts);
    expect((await getBytes(Key)).equals(whole)).toBe(true);
    const across = `bytes=${5 * MiB - 10}-${5 * MiB + 10}`;
    expect((await getBytes(Key, across)).equals(whole.subarray(5 * MiB - 10, 5 * MiB + 11))).toBe(
      true,
    );
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key, ChecksumMode: 'ENABLED' }),
    );
    expect(head.ChecksumCRC64NVME).toBe(checksumOf('CRC64NVME', whole));
  });
});
