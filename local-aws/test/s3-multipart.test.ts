import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import { ANALYST_ROLE_ARN } from '../seed/ids';
import { startForTests } from './harness';
import { errorOf, keysOf, OWN_KEY_ARN, s3Client, SHARED_KEY_ARN, TRANSCRIPTS } from './s3-support';

const local = startForTests();
const s3 = () => s3Client(local.url);
const MiB = 1024 * 1024;

const filled = (size: number, seed: number) => {
  const data = Buffer.alloc(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + seed) % 256;
  return data;
};

async function upload(
  Key: string,
  parts: Buffer[],
  options: Partial<{
    ServerSideEncryption: 'aws:kms';
    SSEKMSKeyId: string;
    ChecksumAlgorithm: 'CRC32' | 'CRC64NVME';
  }> = {},
  client = s3(),
) {
  const created = await client.send(
    new CreateMultipartUploadCommand({
      Bucket: TRANSCRIPTS,
      Key,
      ContentType: 'audio/wav',
      Metadata: { source: 'multipart' },
      ...options,
    }),
  );
  const uploaded = [];
  for (const [index, Body] of parts.entries()) {
    const part = await client.send(
      new UploadPartCommand({
        Bucket: TRANSCRIPTS,
        Key,
        UploadId: created.UploadId,
        PartNumber: index + 1,
        Body,
      }),
    );
    uploaded.push({ PartNumber: index + 1, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32 });
  }
  return { created, uploaded };
}

describe('S3 multipart uploads', () => {
  it('assembles the parts in order, with S3’s multipart ETag', async () => {
    const parts = [filled(5 * MiB, 1), filled(5 * MiB, 2), filled(1234, 3)];
    const { created, uploaded } = await upload('multipart/big.wav', parts);
    expect(created.UploadId).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(created.ServerSideEncryption).toBe('AES256');
    const done = await s3().send(
      new CompleteMultipartUploadCommand({
        Bucket: TRANSCRIPTS,
        Key: 'multipart/big.wav',
        UploadId: created.UploadId,
        MultipartUpload: { Parts: uploaded },
      }),
    );
    const md5s = Buffer.concat(parts.map((p) => createHash('md5').update(p).digest()));
    expect(done.ETag).toBe(`"${createHash('md5').update(md5s).digest('hex')}-3"`);
    expect(done.Location).toBe(`${local.url}/${TRANSCRIPTS}/multipart/big.wav`);
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'multipart/big.wav' }),
    );
    expect(head).toMatchObject({
      ContentLength: 10 * MiB + 1234,
      ContentType: 'audio/wav',
      Metadata: { source: 'multipart' },
      ETag: done.ETag,
    });
    const get = await s3().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'multipart/big.wav' }),
    );
    expect(Buffer.from(await get.Body!.transformToByteArray()).equals(Buffer.concat(parts))).toBe(
      true,
    );
    // The upload is gone once completed.
    const again = await errorOf(
      s3().send(
        new CompleteMultipartUploadCommand({
          Bucket: TRANSCRIPTS,
          Key: 'multipart/big.wav',
          UploadId: created.UploadId,
          MultipartUpload: { Parts: uploaded },
        }),
      ),
    );
    expect(again.name).toBe('NoSuchUpload');
    expect(again.$metadata.httpStatusCode).toBe(404);
  });

  it('keeps a composite checksum of the part checksums when asked for CRC32', async () => {
    const parts = [filled(5 * MiB, 6), filled(10, 7)];
    const { created, uploaded } = await upload('multipart/crc32', parts, {
      ChecksumAlgorithm: 'CRC32',
    });
    expect(created.ChecksumAlgorithm).toBe('CRC32');
    expect(created.ChecksumType).toBe('COMPOSITE');
    const done = await s3().send(
      new CompleteMultipartUploadCommand({
        Bucket: TRANSCRIPTS,
        Key: 'multipart/crc32',
        UploadId: created.UploadId,
        MultipartUpload: { Parts: uploaded },
      }),
    );
    const partSums = Buffer.concat(uploaded.map((p) => Buffer.from(p.ChecksumCRC32!, 'base64')));
    const expected = Buffer.alloc(4);
    expected.writeUInt32BE(crc32(partSums));
    expect(done.ChecksumCRC32).toBe(`${expected.toString('base64')}-2`);
    expect(done.ChecksumType).toBe('COMPOSITE');
    const head = await s3().send(
      new HeadObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'multipart/crc32',
        ChecksumMode: 'ENABLED',
      }),
    );
    expect(head.ChecksumCRC32).toBe(done.ChecksumCRC32);
    expect(head.ChecksumType).toBe('COMPOSITE');
  });

  it('refuses small middle parts, wrong ETags and parts out of order', async () => {
    const { created, uploaded } = await upload('multipart/small', [filled(10, 1), filled(10, 2)]);
    const complete = (Parts: typeof uploaded) =>
      s3().send(
        new CompleteMultipartUploadCommand({
          Bucket: TRANSCRIPTS,
          Key: 'multipart/small',
          UploadId: created.UploadId,
          MultipartUpload: { Parts },
        }),
      );
    const small = await errorOf(complete(uploaded));
    expect(small.name).toBe('EntityTooSmall');
    const wrongEtag = await errorOf(complete([{ ...uploaded[0]!, ETag: '"0000"' }]));
    expect(wrongEtag.name).toBe('InvalidPart');
    const order = await errorOf(complete([uploaded[1]!, uploaded[0]!]));
    expect(order.name).toBe('InvalidPartOrder');
    // One part alone may be small: it is the last.
    await expect(complete([uploaded[0]!])).resolves.toMatchObject({
      ETag: expect.stringMatching(/-1"$/),
    });
  });

  it('discards an aborted upload', async () => {
    const { created } = await upload('multipart/aborted', [filled(10, 1)]);
    await s3().send(
      new AbortMultipartUploadCommand({
        Bucket: TRANSCRIPTS,
        Key: 'multipart/aborted',
        UploadId: created.UploadId,
      }),
    );
    const part = await errorOf(
      s3().send(
        new UploadPartCommand({
          Bucket: TRANSCRIPTS,
          Key: 'multipart/aborted',
          UploadId: created.UploadId,
          PartNumber: 2,
          Body: 'x',
        }),
      ),
    );
    expect(part.name).toBe('NoSuchUpload');
  });

  it('encrypts with SSE-KMS as set when the upload began', async () => {
    const parts = [filled(5 * MiB, 4), filled(100, 5)];
    const { created, uploaded } = await upload('multipart/kms.bin', parts, {
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'alias/transcribe-output',
    });
    expect(created.SSEKMSKeyId).toBe(OWN_KEY_ARN);
    const done = await s3().send(
      new CompleteMultipartUploadCommand({
        Bucket: TRANSCRIPTS,
        Key: 'multipart/kms.bin',
        UploadId: created.UploadId,
        MultipartUpload: { Parts: uploaded },
      }),
    );
    expect(done).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: OWN_KEY_ARN });
    const get = await s3().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'multipart/kms.bin' }),
    );
    expect(get.SSEKMSKeyId).toBe(OWN_KEY_ARN);
    expect(Buffer.from(await get.Body!.transformToByteArray()).equals(Buffer.concat(parts))).toBe(
      true,
    );
  });

  it('needs kms:Decrypt for parts of an SSE-KMS upload, as S3 does', async () => {
    const analyst = s3Client(
      local.url,
      keysOf(issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 'mp')),
    );
    const error = await errorOf(
      upload(
        'multipart/shared',
        [filled(10, 1)],
        { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: SHARED_KEY_ARN },
        analyst,
      ),
    );
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toContain('kms:Decrypt');
  });
});
