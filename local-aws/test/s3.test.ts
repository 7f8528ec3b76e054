import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import {
  GetObjectAclCommand,
  GetBucketLocationCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  paginateListObjectsV2,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_ACCOUNT, OTHER_ACCOUNT } from '../seed/ids';
import { createBucket } from '../services/s3/buckets';
import { writeObject } from '../services/s3/object-store';
import { otherAdminCredentials, startForTests } from './harness';
import { errorOf, MEDIA, s3Client, TRANSCRIPTS } from './s3-support';

const local = startForTests();
const s3 = () => s3Client(local.url);

/** S3's ChecksumCRC32: the big-endian CRC-32 in base64, computed here by node:zlib. */
const crc32Base64 = (bytes: Buffer) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(bytes));
  return out.toString('base64');
};

describe('S3 buckets', () => {
  it('ListBuckets lists only the caller account’s buckets, by name', async () => {
    const own = await s3().send(new ListBucketsCommand({}));
    expect(own.Buckets?.map((b) => b.Name)).toEqual([MEDIA, TRANSCRIPTS]);
    expect(own.Buckets?.[0]).toMatchObject({ BucketRegion: 'us-east-1' });
    expect(own.Buckets?.[0]?.CreationDate).toBeInstanceOf(Date);
    expect(own.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    const theirs = await s3Client(local.url, otherAdminCredentials).send(
      new ListBucketsCommand({}),
    );
    expect(theirs.Buckets ?? []).toEqual([]);
    expect(theirs.Owner?.ID).not.toBe(own.Owner?.ID);
  });

  it('ListBuckets pages with MaxBuckets and a continuation token', async () => {
    const first = await s3().send(new ListBucketsCommand({ MaxBuckets: 1 }));
    expect(first.Buckets?.map((b) => b.Name)).toEqual([MEDIA]);
    expect(first.ContinuationToken).toBeTruthy();
    const second = await s3().send(
      new ListBucketsCommand({ MaxBuckets: 1, ContinuationToken: first.ContinuationToken }),
    );
    expect(second.Buckets?.map((b) => b.Name)).toEqual([TRANSCRIPTS]);
    expect(second.ContinuationToken).toBeUndefined();
    const prefixed = await s3().send(new ListBucketsCommand({ Prefix: 'trans' }));
    expect(prefixed.Buckets?.map((b) => b.Name)).toEqual([TRANSCRIPTS]);
    expect(prefixed.Prefix).toBe('trans');
  });

  it('HeadBucket answers with the Region, NotFound for no bucket', async () => {
    const head = await s3().send(new HeadBucketCommand({ Bucket: MEDIA }));
    expect(head.$metadata.httpStatusCode).toBe(200);
    expect(head.BucketRegion).toBe('us-east-1');
    const missing = await errorOf(s3().send(new HeadBucketCommand({ Bucket: 'no-such-bucket-x' })));
    expect(missing.name).toBe('NotFound');
    expect(missing.$metadata.httpStatusCode).toBe(404);
  });

  it('GetBucketLocation gives us-east-1 as the empty constraint; NoSuchBucket otherwise', async () => {
    const location = await s3().send(new GetBucketLocationCommand({ Bucket: MEDIA }));
    expect(location.$metadata.httpStatusCode).toBe(200);
    expect(location.LocationConstraint ?? '').toBe('');
    const missing = await errorOf(
      s3().send(new GetBucketLocationCommand({ Bucket: 'no-such-bucket-x' })),
    );
    expect(missing.name).toBe('NoSuchBucket');
    expect(missing.message).toBe('The specified bucket does not exist');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    expect(missing.BucketName).toBe('no-such-bucket-x');
  });

  it('checks ExpectedBucketOwner', async () => {
    const list = await s3().send(
      new ListObjectsV2Command({
        Bucket: MEDIA,
        Prefix: 'samples/',
        ExpectedBucketOwner: CURRENT_ACCOUNT,
      }),
    );
    expect(list.KeyCount).toBe(3);
    const wrong = await errorOf(
      s3().send(new ListObjectsV2Command({ Bucket: MEDIA, ExpectedBucketOwner: OTHER_ACCOUNT })),
    );
    expect(wrong.name).toBe('AccessDenied');
    expect(wrong.$metadata.httpStatusCode).toBe(403);
  });

  it('refuses a request signed for another Region, naming the right one', async () => {
    const error = await errorOf(
      s3Client(local.url, undefined, 'eu-west-1').send(new ListObjectsV2Command({ Bucket: MEDIA })),
    );
    expect(error.name).toBe('AuthorizationHeaderMalformed');
    expect(error.message).toBe(
      "The authorization header is malformed; the region 'eu-west-1' is wrong; expecting 'us-east-1'",
    );
    expect(error.Region).toBe('us-east-1');
  });
});

describe('S3 ListObjectsV2', () => {
  const bucket = `paging-${CURRENT_ACCOUNT}`;
  const keys = ['a/1', 'a/2', 'b/x/1', 'b/x/2', 'b/y', 'c', 'd e', 'é'];
  beforeEach(async () => {
    createBucket(local.server.world, bucket, CURRENT_ACCOUNT);
    for (const Key of keys)
      await s3().send(new PutObjectCommand({ Bucket: bucket, Key, Body: Key }));
  });

  it('lists the seeded media with sizes, ETags and storage class', async () => {
    // samples/ holds the media; custom/ the custom vocabularies' and models' inputs.
    const list = await s3().send(new ListObjectsV2Command({ Bucket: MEDIA, Prefix: 'samples/' }));
    expect(list).toMatchObject({
      Name: MEDIA,
      Prefix: 'samples/',
      KeyCount: 3,
      MaxKeys: 1000,
      IsTruncated: false,
    });
    expect(list.Contents?.map((o) => o.Key)).toEqual([
      'samples/interview.mp3',
      'samples/meeting.wav',
      'samples/support-call.flac',
    ]);
    for (const object of list.Contents ?? []) {
      expect(object.Size).toBeGreaterThan(100);
      expect(object.ETag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(object.StorageClass).toBe('STANDARD');
      expect(object.LastModified).toBeInstanceOf(Date);
    }
  });

  it('groups by delimiter, filters by prefix and starts after a key', async () => {
    const top = await s3().send(new ListObjectsV2Command({ Bucket: bucket, Delimiter: '/' }));
    expect(top.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['a/', 'b/']);
    expect(top.Contents?.map((o) => o.Key)).toEqual(['c', 'd e', 'é']);
    expect(top.KeyCount).toBe(5);
    expect(top.Delimiter).toBe('/');
    const underB = await s3().send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: 'b/', Delimiter: '/' }),
    );
    expect(underB.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['b/x/']);
    expect(underB.Contents?.map((o) => o.Key)).toEqual(['b/y']);
    expect(underB.Prefix).toBe('b/');
    const after = await s3().send(
      new ListObjectsV2Command({ Bucket: bucket, StartAfter: 'b/x/1' }),
    );
    expect(after.Contents?.map((o) => o.Key)).toEqual(['b/x/2', 'b/y', 'c', 'd e', 'é']);
    expect(after.StartAfter).toBe('b/x/1');
  });

  it('pages with MaxKeys and continuation tokens, prefixes counted like keys', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3().send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Delimiter: '/',
          MaxKeys: 2,
          ContinuationToken: token,
        }),
      );
      pages++;
      expect(page.KeyCount).toBe((page.Contents?.length ?? 0) + (page.CommonPrefixes?.length ?? 0));
      expect(page.KeyCount).toBeLessThanOrEqual(2);
      expect(page.ContinuationToken).toBe(token);
      seen.push(
        ...(page.CommonPrefixes ?? []).map((p) => p.Prefix!),
        ...(page.Contents ?? []).map((o) => o.Key!),
      );
      expect(page.IsTruncated).toBe(page.NextContinuationToken !== undefined);
      token = page.NextContinuationToken;
    } while (token);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual(['a/', 'b/', 'c', 'd e', 'é']);
    const all: string[] = [];
    for await (const page of paginateListObjectsV2(
      { client: s3(), pageSize: 3 },
      { Bucket: bucket },
    ))
      all.push(...(page.Contents ?? []).map((o) => o.Key!));
    expect(all).toEqual(keys);
  });

  it('ListObjects (version 1) pages with markers', async () => {
    const first = await s3().send(
      new ListObjectsCommand({ Bucket: bucket, Delimiter: '/', MaxKeys: 3 }),
    );
    expect(first.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['a/', 'b/']);
    expect(first.Contents?.map((o) => o.Key)).toEqual(['c']);
    expect(first.IsTruncated).toBe(true);
    expect(first.NextMarker).toBe('c');
    expect(first.Contents?.[0]?.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    const second = await s3().send(
      new ListObjectsCommand({ Bucket: bucket, Delimiter: '/', Marker: first.NextMarker }),
    );
    expect(second.Contents?.map((o) => o.Key)).toEqual(['d e', 'é']);
    expect(second.IsTruncated).toBe(false);
    expect(second.Marker).toBe('c');
    // Without a delimiter a marker is only a position: the keys under it come back.
    const afterPrefix = await s3().send(new ListObjectsCommand({ Bucket: bucket, Marker: 'b/' }));
    expect(afterPrefix.Contents?.map((o) => o.Key)).toEqual([
      'b/x/1',
      'b/x/2',
      'b/y',
      'c',
      'd e',
      'é',
    ]);
  });

  it('url-encodes keys when asked, and handles MaxKeys 0', async () => {
    const encoded = await s3().send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: 'd', EncodingType: 'url' }),
    );
    expect(encoded.EncodingType).toBe('url');
    expect(encoded.Contents?.map((o) => o.Key)).toEqual(['d+e']);
    const none = await s3().send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: 0 }));
    expect(none.KeyCount).toBe(0);
    expect(none.Contents).toBeUndefined();
  });

  it('refuses a forged continuation token and an unknown bucket', async () => {
    const forged = await errorOf(
      s3().send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: 'bm9wZQ==' })),
    );
    expect(forged.name).toBe('InvalidArgument');
    expect(forged.message).toBe('The continuation token provided is incorrect');
    expect(forged.$metadata.httpStatusCode).toBe(400);
    const missing = await errorOf(s3().send(new ListObjectsV2Command({ Bucket: 'nope-nope' })));
    expect(missing.name).toBe('NoSuchBucket');
  });
});

describe('S3 objects', () => {
  it('round-trips bytes, content type, metadata and stored headers', async () => {
    const body = Buffer.from('{"hello":"world"}');
    const put = await s3().send(
      new PutObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'round trip/ünïcode & more.json',
        Body: body,
        ContentType: 'application/json',
        CacheControl: 'no-cache',
        ContentDisposition: 'attachment; filename="t.json"',
        Metadata: { 'job-name': 'weekly', note: 'a b c' },
      }),
    );
    expect(put.ETag).toBe(`"${createHash('md5').update(body).digest('hex')}"`);
    expect(put.ServerSideEncryption).toBe('AES256');
    expect(put.ChecksumCRC32).toBe(crc32Base64(body));
    expect(put.ChecksumCRC32).toBe('2AlB0Q==');
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'round trip/ünïcode & more.json' }),
    );
    expect(head).toMatchObject({
      ContentLength: body.length,
      ContentType: 'application/json',
      CacheControl: 'no-cache',
      ContentDisposition: 'attachment; filename="t.json"',
      ETag: put.ETag,
      ServerSideEncryption: 'AES256',
      Metadata: { 'job-name': 'weekly', note: 'a b c' },
      AcceptRanges: 'bytes',
    });
    expect(head.SSEKMSKeyId).toBeUndefined();
    const get = await s3().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'round trip/ünïcode & more.json' }),
    );
    expect(Buffer.from(await get.Body!.transformToByteArray())).toEqual(body);
    expect(get.Metadata).toEqual({ 'job-name': 'weekly', note: 'a b c' });
    expect(get.ChecksumCRC32).toBe(put.ChecksumCRC32);
    const withChecksum = await s3().send(
      new HeadObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'round trip/ünïcode & more.json',
        ChecksumMode: 'ENABLED',
      }),
    );
    expect(withChecksum.ChecksumCRC32).toBe(put.ChecksumCRC32);
    expect(withChecksum.ChecksumType).toBe('FULL_OBJECT');
    expect(head.ChecksumCRC32).toBeUndefined();
  });

  it('decodes an aws-chunked streaming upload with a checksum trailer', async () => {
    const data = Buffer.alloc(300_000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) % 251;
    const put = await s3().send(
      new PutObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'stream.bin',
        Body: Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]),
        ContentLength: data.length,
      }),
    );
    expect(put.ChecksumCRC32).toBe(crc32Base64(data));
    const get = await s3().send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'stream.bin' }));
    expect(get.ContentLength).toBe(data.length);
    expect(Buffer.from(await get.Body!.transformToByteArray()).equals(data)).toBe(true);
  });

  it('stores an empty object with S3’s default content type', async () => {
    await s3().send(new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'empty', Body: '' }));
    const head = await s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'empty' }));
    expect(head.ContentLength).toBe(0);
    expect(head.ETag).toBe('"d41d8cd98f00b204e9800998ecf8427e"');
  });

  it('serves byte ranges and refuses unsatisfiable ones', async () => {
    await s3().send(
      new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'digits', Body: '0123456789' }),
    );
    const get = (Range: string) =>
      s3().send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'digits', Range }));
    const middle = await get('bytes=2-5');
    expect(middle.$metadata.httpStatusCode).toBe(206);
    expect(middle.ContentRange).toBe('bytes 2-5/10');
    expect(middle.ContentLength).toBe(4);
    expect(await middle.Body!.transformToString()).toBe('2345');
    expect(await (await get('bytes=7-')).Body!.transformToString()).toBe('789');
    expect(await (await get('bytes=-3')).Body!.transformToString()).toBe('789');
    expect(await (await get('bytes=8-100')).Body!.transformToString()).toBe('89');
    const beyond = await errorOf(get('bytes=10-12'));
    expect(beyond.name).toBe('InvalidRange');
    expect(beyond.message).toBe('The requested range is not satisfiable');
    expect(beyond.$metadata.httpStatusCode).toBe(416);
    // S3 ignores a range it cannot parse and sends the whole object.
    const ignored = await get('bytes=5-2');
    expect(ignored.$metadata.httpStatusCode).toBe(200);
    expect(await ignored.Body!.transformToString()).toBe('0123456789');
  });

  it('answers conditional requests: 304 for a current copy, 412 for a failed If-Match', async () => {
    await s3().send(
      new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'digits', Body: '0123456789' }),
    );
    const head = await s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'digits' }));
    const notModified = await errorOf(
      s3().send(
        new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'digits', IfNoneMatch: head.ETag }),
      ),
    );
    expect(notModified.$metadata.httpStatusCode).toBe(304);
    const sinceLastModified = await errorOf(
      s3().send(
        new GetObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'digits',
          IfModifiedSince: head.LastModified,
        }),
      ),
    );
    expect(sinceLastModified.$metadata.httpStatusCode).toBe(304);
    const listed = await s3().send(
      new ListObjectsV2Command({ Bucket: TRANSCRIPTS, Prefix: 'digits' }),
    );
    expect(listed.Contents?.[0]?.LastModified).toEqual(head.LastModified);
    const failed = await errorOf(
      s3().send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'digits', IfMatch: '"0000"' })),
    );
    expect(failed.name).toBe('PreconditionFailed');
    expect(failed.$metadata.httpStatusCode).toBe(412);
    const exists = await errorOf(
      s3().send(
        new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'digits', Body: 'x', IfNoneMatch: '*' }),
      ),
    );
    expect(exists.name).toBe('PreconditionFailed');
  });

  it('names a missing key (NoSuchKey, with the key) and a missing bucket', async () => {
    const missing = await errorOf(
      s3().send(new GetObjectCommand({ Bucket: MEDIA, Key: 'samples/nothing.wav' })),
    );
    expect(missing.name).toBe('NoSuchKey');
    expect(missing.message).toBe('The specified key does not exist.');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    expect(missing.Key).toBe('samples/nothing.wav');
    const head = await errorOf(
      s3().send(new HeadObjectCommand({ Bucket: MEDIA, Key: 'samples/nothing.wav' })),
    );
    expect(head.name).toBe('NotFound');
    expect(head.$metadata.httpStatusCode).toBe(404);
    const bucket = await errorOf(
      s3().send(new PutObjectCommand({ Bucket: 'no-such-bucket-x', Key: 'k', Body: 'x' })),
    );
    expect(bucket.name).toBe('NoSuchBucket');
  });

  it('refuses a body whose checksum or Content-MD5 does not match', async () => {
    const crc = await errorOf(
      s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'bad',
          Body: 'data',
          ChecksumCRC32: 'AAAAAA==',
        }),
      ),
    );
    expect(crc.name).toBe('BadDigest');
    expect(crc.message).toBe('The CRC32 you specified did not match the calculated checksum.');
    const md5 = await errorOf(
      s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'bad',
          Body: 'data',
          ContentMD5: Buffer.alloc(16).toString('base64'),
        }),
      ),
    );
    expect(md5.name).toBe('BadDigest');
    const stored = await errorOf(
      s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'bad' })),
    );
    expect(stored.name).toBe('NotFound');
  });

  it('reads the seeded media: real headers and a transcript in the metadata', async () => {
    const expected: Record<string, [string, string]> = {
      'samples/meeting.wav': ['audio/wav', 'RIFF'],
      'samples/interview.mp3': ['audio/mpeg', '\xff\xfb'],
      'samples/support-call.flac': ['audio/flac', 'fLaC'],
    };
    for (const [Key, [type, magic]] of Object.entries(expected)) {
      const get = await s3().send(new GetObjectCommand({ Bucket: MEDIA, Key }));
      const bytes = Buffer.from(await get.Body!.transformToByteArray());
      expect(get.ContentType).toBe(type);
      expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
      expect(get.Metadata?.transcript).toMatch(/^[A-Z].{20,}[.?]$/);
    }
  });

  it('sends non-ASCII metadata RFC 2047 encoded, as S3 does', async () => {
    const text = 'Grüße — 你好';
    writeObject(local.server.world, null, {
      bucket: TRANSCRIPTS,
      key: 'unicode-metadata',
      body: Buffer.from('x'),
      metadata: { transcript: text, plain: 'ascii only' },
    });
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'unicode-metadata' }),
    );
    expect(head.Metadata?.plain).toBe('ascii only');
    const encoded = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(head.Metadata?.transcript ?? '');
    expect(Buffer.from(encoded![1]!, 'base64').toString('utf8')).toBe(text);
  });

  it('names operations it does not implement', async () => {
    const error = await errorOf(
      s3().send(new GetObjectAclCommand({ Bucket: TRANSCRIPTS, Key: 'digits' })),
    );
    expect(error.name).toBe('NotImplemented');
    expect(error.message).toBe('local-aws does not implement S3 operation GetObjectAcl.');
    expect(error.$metadata.httpStatusCode).toBe(501);
  });
});
