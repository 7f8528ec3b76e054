import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalAws } from '../server';
import { OWN_KEY_ARN, s3Client, TRANSCRIPTS } from './s3-support';

const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-s3-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('S3 objects in the data dir', () => {
  it('survive a restart, SSE-KMS objects still decrypting', async () => {
    const first = await startLocalAws({ port: 0, dataDir });
    try {
      await s3Client(first.url).send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'durable/kms.json',
          Body: '{"kept":true}',
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId: OWN_KEY_ARN,
          Metadata: { job: 'durable' },
        }),
      );
    } finally {
      await first.close();
    }
    const second = await startLocalAws({ port: 0, dataDir });
    try {
      const s3 = s3Client(second.url);
      const head = await s3.send(
        new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'durable/kms.json' }),
      );
      expect(head).toMatchObject({ SSEKMSKeyId: OWN_KEY_ARN, Metadata: { job: 'durable' } });
      const get = await s3.send(
        new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'durable/kms.json' }),
      );
      expect(await get.Body!.transformToString()).toBe('{"kept":true}');
    } finally {
      await second.close();
    }
  });

  it('keep their bytes and new tags across a restart once retagged, and stay deleted', async () => {
    const object = { Bucket: TRANSCRIPTS, Key: 'durable/tagged.txt' };
    const gone = { Bucket: TRANSCRIPTS, Key: 'durable/deleted.txt' };
    const first = await startLocalAws({ port: 0, dataDir });
    try {
      const s3 = s3Client(first.url);
      await s3.send(new PutObjectCommand({ ...object, Body: 'retagged', Tagging: 'a=1' }));
      // A new tag set rewrites the object's record: its bytes must stay the record's.
      await s3.send(
        new PutObjectTaggingCommand({ ...object, Tagging: { TagSet: [{ Key: 'b', Value: '2' }] } }),
      );
      await s3.send(new PutObjectCommand({ ...gone, Body: 'brief' }));
      await s3.send(new DeleteObjectCommand(gone));
    } finally {
      await first.close();
    }
    const second = await startLocalAws({ port: 0, dataDir });
    try {
      const s3 = s3Client(second.url);
      const get = await s3.send(new GetObjectCommand(object));
      expect(await get.Body!.transformToString()).toBe('retagged');
      expect((await s3.send(new GetObjectTaggingCommand(object))).TagSet).toEqual([
        { Key: 'b', Value: '2' },
      ]);
      await expect(s3.send(new HeadObjectCommand(gone))).rejects.toMatchObject({
        $metadata: { httpStatusCode: 404 },
      });
    } finally {
      await second.close();
    }
  });
});
