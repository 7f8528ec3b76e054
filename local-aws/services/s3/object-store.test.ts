import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../core/store';
import type { Principal } from '../../core/types';
import { LocalWorld } from '../../core/world';
import { CURRENT_ACCOUNT, OTHER_ACCOUNT } from '../../seed/ids';
import { checkS3Access } from './access';
import { bucketExists, bucketOwner, bucketsOf, createBucket } from './buckets';
import {
  headObjectInternal,
  objectDetails,
  objectsOf,
  readObjectBody,
  writeObject,
} from './object-store';

const newWorld = () =>
  new LocalWorld(new MemoryStore(), {
    region: 'us-east-1',
    jobDelays: { queuedMs: 0, inProgressMs: 0 },
    publicUrl: 'http://127.0.0.1:1',
    rootDir: '/',
  });

const reader: Principal = {
  type: 'user',
  accountId: CURRENT_ACCOUNT,
  arn: `arn:aws:iam::${CURRENT_ACCOUNT}:user/reader`,
  userId: 'AIDAREADER',
  accessKeyId: 'AKIAREADER',
  policies: [
    {
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*/*' },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::own/*' },
      ],
    },
  ],
};

describe('object store', () => {
  it('creates buckets owned by an account and lists them by name', () => {
    const world = newWorld();
    createBucket(world, 'zeta', CURRENT_ACCOUNT);
    createBucket(world, 'alpha', CURRENT_ACCOUNT);
    createBucket(world, 'theirs', OTHER_ACCOUNT);
    expect(bucketExists(world, 'alpha')).toBe(true);
    expect(bucketExists(world, 'nope')).toBe(false);
    expect(bucketOwner(world, 'theirs')).toBe(OTHER_ACCOUNT);
    expect(bucketsOf(world, CURRENT_ACCOUNT).map((b) => b.name)).toEqual(['alpha', 'zeta']);
    expect(() => createBucket(world, 'theirs', CURRENT_ACCOUNT)).toThrow(
      expect.objectContaining({ code: 'BucketAlreadyExists', status: 409 }),
    );
  });

  it('writes as the system and reads back bytes, metadata, ETag and checksum', () => {
    const world = newWorld();
    createBucket(world, 'b', CURRENT_ACCOUNT);
    const info = writeObject(world, null, {
      bucket: 'b',
      key: 'a/x.txt',
      body: Buffer.from('hello'),
      contentType: 'text/plain',
      metadata: { transcript: 'hi' },
    });
    expect(info).toMatchObject({
      size: 5,
      etag: '"5d41402abc4b2a76b9719d911017c592"',
      encryption: { type: 'AES256' },
    });
    expect(headObjectInternal(world, 'b', 'a/x.txt')).toMatchObject({
      contentType: 'text/plain',
      metadata: { transcript: 'hi' },
    });
    expect(objectDetails(world, 'b', 'a/x.txt')?.checksum.algorithm).toBe('CRC64NVME');
    expect(readObjectBody(world, null, 'b', 'a/x.txt').toString()).toBe('hello');
    expect(headObjectInternal(world, 'b', 'missing')).toBeUndefined();
    expect(() => readObjectBody(world, null, 'b', 'missing')).toThrow(
      expect.objectContaining({ code: 'NoSuchKey' }),
    );
    expect(() =>
      writeObject(world, null, { bucket: 'nope', key: 'k', body: Buffer.alloc(0) }),
    ).toThrow(expect.objectContaining({ code: 'NoSuchBucket', status: 404 }));
  });

  it('orders keys by their UTF-8 bytes, as S3 lists them', () => {
    const world = newWorld();
    createBucket(world, 'b', CURRENT_ACCOUNT);
    for (const key of ['b', '\u{1F600}', 'a/b', '\uFFFD', 'A'])
      writeObject(world, null, { bucket: 'b', key, body: Buffer.alloc(0) });
    createBucket(world, 'b2', CURRENT_ACCOUNT);
    writeObject(world, null, { bucket: 'b2', key: 'other', body: Buffer.alloc(0) });
    expect(objectsOf(world, 'b').map((o) => o.key)).toEqual([
      'A',
      'a/b',
      'b',
      '\uFFFD',
      '\u{1F600}',
    ]);
  });

  it('checks identity policies and refuses a bucket of another account', () => {
    const world = newWorld();
    createBucket(world, 'own', CURRENT_ACCOUNT);
    createBucket(world, 'theirs', OTHER_ACCOUNT);
    expect(() =>
      checkS3Access(world, reader, 'own', 's3:GetObject', 'arn:aws:s3:::own/k'),
    ).not.toThrow();
    expect(() =>
      checkS3Access(world, reader, 'theirs', 's3:GetObject', 'arn:aws:s3:::theirs/k'),
    ).toThrow(expect.objectContaining({ code: 'AccessDenied', status: 403 }));
    expect(() => checkS3Access(world, reader, 'own', 's3:ListBucket', 'arn:aws:s3:::own')).toThrow(
      /no identity-based policy allows the s3:ListBucket action/,
    );
    expect(() =>
      writeObject(world, reader, { bucket: 'theirs', key: 'k', body: Buffer.alloc(0) }),
    ).toThrow(/no resource-based policy allows the s3:PutObject action/);
    expect(
      writeObject(world, reader, { bucket: 'own', key: 'k', body: Buffer.alloc(0) }).size,
    ).toBe(0);
    const denied: Principal = {
      ...reader,
      policies: [
        ...reader.policies,
        { Statement: { Effect: 'Deny', Action: 's3:Get*', Resource: 'arn:aws:s3:::own/secret*' } },
      ],
    };
    expect(() =>
      checkS3Access(world, denied, 'own', 's3:GetObject', 'arn:aws:s3:::own/secret.txt'),
    ).toThrow(
      `User: arn:aws:iam::${CURRENT_ACCOUNT}:user/reader is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::own/secret.txt" with an explicit deny in an identity-based policy`,
    );
  });
});
