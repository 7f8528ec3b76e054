import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import { ANALYST_ROLE_ARN, CURRENT_ACCOUNT, OTHER_ACCOUNT } from '../seed/ids';
import { createBucket } from '../services/s3/buckets';
import { otherAdminCredentials, startForTests } from './harness';
import {
  errorOf,
  keysOf,
  MEDIA,
  OWN_KEY_ARN,
  PRIVATE_KEY_ARN,
  s3Client,
  SHARED_KEY_ARN,
  TRANSCRIPTS,
} from './s3-support';

const local = startForTests();
const OTHER_BUCKET = `other-${OTHER_ACCOUNT}`;
const ANALYST_ARN = `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/t`;

const analyst = () =>
  s3Client(local.url, keysOf(issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 't')));
const otherAdmin = () => s3Client(local.url, otherAdminCredentials);

// After the harness's reset, which runs first.
beforeEach(async () => {
  createBucket(local.server.world, OTHER_BUCKET, OTHER_ACCOUNT);
  await otherAdmin().send(
    new PutObjectCommand({ Bucket: OTHER_BUCKET, Key: 'private.wav', Body: 'theirs' }),
  );
});

describe('S3 access for the analyst role (deploy/analyst-policy.json)', () => {
  it('lists its account’s buckets and reads the media', async () => {
    const buckets = await analyst().send(new ListBucketsCommand({}));
    expect(buckets.Buckets?.map((b) => b.Name)).toEqual([MEDIA, TRANSCRIPTS]);
    const list = await analyst().send(
      new ListObjectsV2Command({ Bucket: MEDIA, Prefix: 'samples/' }),
    );
    expect(list.KeyCount).toBe(3);
    const get = await analyst().send(
      new GetObjectCommand({ Bucket: MEDIA, Key: 'samples/meeting.wav' }),
    );
    expect((await get.Body!.transformToString('latin1')).slice(0, 4)).toBe('RIFF');
    await expect(
      analyst().send(new HeadBucketCommand({ Bucket: TRANSCRIPTS })),
    ).resolves.toMatchObject({ BucketRegion: 'us-east-1' });
  });

  it('gets NoSuchKey for a missing media key (it may list the bucket)', async () => {
    const error = await errorOf(
      analyst().send(new GetObjectCommand({ Bucket: MEDIA, Key: 'samples/none.wav' })),
    );
    expect(error.name).toBe('NoSuchKey');
  });

  it('cannot write to the media bucket', async () => {
    const error = await errorOf(
      analyst().send(new PutObjectCommand({ Bucket: MEDIA, Key: 'x', Body: 'x' })),
    );
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(
      `User: ${ANALYST_ARN} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${MEDIA}/x" because no identity-based policy allows the s3:PutObject action`,
    );
  });

  it('cannot read or list another account’s bucket', async () => {
    const get = await errorOf(
      analyst().send(new GetObjectCommand({ Bucket: OTHER_BUCKET, Key: 'private.wav' })),
    );
    expect(get.name).toBe('AccessDenied');
    expect(get.$metadata.httpStatusCode).toBe(403);
    const list = await errorOf(analyst().send(new ListObjectsV2Command({ Bucket: OTHER_BUCKET })));
    expect(list.name).toBe('AccessDenied');
    const head = await errorOf(analyst().send(new HeadBucketCommand({ Bucket: OTHER_BUCKET })));
    expect(head.$metadata.httpStatusCode).toBe(403);
    // Not even an admin of the current account: no bucket policies exist, so no cross-account grant.
    const admin = await errorOf(
      s3Client(local.url).send(new GetObjectCommand({ Bucket: OTHER_BUCKET, Key: 'private.wav' })),
    );
    expect(admin.name).toBe('AccessDenied');
    expect(admin.message).toContain(
      'because no resource-based policy allows the s3:GetObject action',
    );
    // The owner reads it.
    const own = await otherAdmin().send(
      new GetObjectCommand({ Bucket: OTHER_BUCKET, Key: 'private.wav' }),
    );
    expect(await own.Body!.transformToString()).toBe('theirs');
  });

  it('writes and reads back transcripts under its own key', async () => {
    await analyst().send(
      new PutObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'analyst/own-key.json',
        Body: '{"text":"ok"}',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: OWN_KEY_ARN,
      }),
    );
    const get = await analyst().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'analyst/own-key.json' }),
    );
    expect(await get.Body!.transformToString()).toBe('{"text":"ok"}');
  });

  it(`writes with the key shared from ${OTHER_ACCOUNT} but cannot read it back (no kms:Decrypt)`, async () => {
    const put = await analyst().send(
      new PutObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'analyst/shared-key.json',
        Body: '{"text":"sealed"}',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: SHARED_KEY_ARN,
      }),
    );
    expect(put.SSEKMSKeyId).toBe(SHARED_KEY_ARN);
    const head = await analyst().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'analyst/shared-key.json' }),
    );
    expect(head).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: SHARED_KEY_ARN });
    const get = await errorOf(
      analyst().send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'analyst/shared-key.json' })),
    );
    expect(get.name).toBe('AccessDenied');
    expect(get.$metadata.httpStatusCode).toBe(403);
    expect(get.message).toContain(`User: ${ANALYST_ARN} is not authorized to perform: kms:Decrypt`);
    expect(get.message).toContain(SHARED_KEY_ARN);
  });

  it(`cannot encrypt with a key of ${OTHER_ACCOUNT} that is not shared`, async () => {
    const error = await errorOf(
      analyst().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'analyst/private-key.json',
          Body: 'x',
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId: PRIVATE_KEY_ARN,
        }),
      ),
    );
    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toContain('kms:GenerateDataKey');
  });
});
