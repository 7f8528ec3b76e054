import {
  DeleteObjectCommand,
  DeleteObjectTaggingCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type Tag,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import { ANALYST_ROLE_ARN, CURRENT_ACCOUNT } from '../seed/ids';
import { startForTests } from './harness';
import { errorOf, keysOf, MEDIA, OWN_KEY_ARN, s3Client, TRANSCRIPTS } from './s3-support';

// What Terraform's aws_s3_object does besides PutObject and HeadObject: tags (x-amz-tagging,
// GetObjectTagging, PutObjectTagging, DeleteObjectTagging) and DeleteObject.

const local = startForTests();
const s3 = () => s3Client(local.url);
const analyst = () =>
  s3Client(local.url, keysOf(issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 't')));
const ANALYST_ARN = `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/t`;

const tagsOf = async (Key: string, Bucket = TRANSCRIPTS) =>
  (await s3().send(new GetObjectTaggingCommand({ Bucket, Key }))).TagSet;

const put = (Key: string, extra: Partial<ConstructorParameters<typeof PutObjectCommand>[0]> = {}) =>
  s3().send(new PutObjectCommand({ Bucket: TRANSCRIPTS, Key, Body: 'tagged', ...extra }));

describe('S3 object tags', () => {
  it('stores the tags of x-amz-tagging with the object, and counts them on HEAD and GET', async () => {
    await put('tags/header.txt', { Tagging: 'team=analytics&empty=&bare&&source=terra%2Bform' });
    expect(await tagsOf('tags/header.txt')).toEqual([
      { Key: 'team', Value: 'analytics' },
      { Key: 'empty', Value: '' },
      { Key: 'bare', Value: '' },
      { Key: 'source', Value: 'terra+form' },
    ]);
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tags/header.txt' }),
    );
    expect(head.TagCount).toBe(4);
    const get = await s3().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tags/header.txt' }),
    );
    expect(get.TagCount).toBe(4);
    expect(await get.Body!.transformToString()).toBe('tagged');
  });

  it('replaces the whole set with PutObjectTagging, and empties it with DeleteObjectTagging', async () => {
    await put('tags/replace.txt', { Tagging: 'a=1&b=2' });
    const replaced: Tag[] = [
      { Key: 'c', Value: '3' },
      { Key: 'with space', Value: 'x:y/z=w@v' },
    ];
    const putTags = await s3().send(
      new PutObjectTaggingCommand({
        Bucket: TRANSCRIPTS,
        Key: 'tags/replace.txt',
        Tagging: { TagSet: replaced },
      }),
    );
    expect(putTags.$metadata.httpStatusCode).toBe(200);
    expect(await tagsOf('tags/replace.txt')).toEqual(replaced);
    const deleted = await s3().send(
      new DeleteObjectTaggingCommand({ Bucket: TRANSCRIPTS, Key: 'tags/replace.txt' }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await tagsOf('tags/replace.txt')).toEqual([]);
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tags/replace.txt' }),
    );
    expect(head.TagCount).toBeUndefined();
    // The object itself is untouched.
    const get = await s3().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tags/replace.txt' }),
    );
    expect(await get.Body!.transformToString()).toBe('tagged');
  });

  it('forgets the tags when the object is written again without them', async () => {
    await put('tags/overwrite.txt', { Tagging: 'a=1' });
    await put('tags/overwrite.txt');
    expect(await tagsOf('tags/overwrite.txt')).toEqual([]);
  });

  it('tags an SSE-KMS object without touching its encryption', async () => {
    await put('tags/kms.txt', {
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: OWN_KEY_ARN,
      Tagging: 'source=terraform',
    });
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tags/kms.txt' }),
    );
    expect(head).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: OWN_KEY_ARN,
      TagCount: 1,
    });
  });

  it('refuses a tagging header S3 cannot read, as S3 words it', async () => {
    for (const Tagging of ['k=1&k=2', 'k=a,b']) {
      const error = await errorOf(put('tags/bad-header.txt', { Tagging }));
      expect(error).toMatchObject({
        name: 'InvalidArgument',
        message:
          "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters without tag name duplicates.",
        ArgumentName: 'x-amz-tagging',
        ArgumentValue: Tagging,
      });
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}=v`).join('&');
    const tooMany = await errorOf(put('tags/bad-header.txt', { Tagging: eleven }));
    expect(tooMany).toMatchObject({
      name: 'BadRequest',
      message: 'Object tags cannot be greater than 10',
    });
    const missing = await errorOf(
      s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tags/bad-header.txt' })),
    );
    expect(missing.$metadata.httpStatusCode).toBe(404);
  });

  it('refuses a tag set S3 would refuse, and leaves the old one', async () => {
    await put('tags/kept.txt', { Tagging: 'keep=me' });
    const putTags = (TagSet: Tag[]) =>
      errorOf(
        s3().send(
          new PutObjectTaggingCommand({
            Bucket: TRANSCRIPTS,
            Key: 'tags/kept.txt',
            Tagging: { TagSet },
          }),
        ),
      );
    expect(await putTags([{ Key: 'Key1,Key2', Value: 'v' }])).toMatchObject({
      name: 'InvalidTag',
      message: 'The TagKey you have provided is invalid',
      TagKey: 'Key1,Key2',
    });
    expect(await putTags([{ Key: 'k', Value: 'Val1,Val2' }])).toMatchObject({
      name: 'InvalidTag',
      message: 'The TagValue you have provided is invalid',
      TagKey: 'k',
      TagValue: 'Val1,Val2',
    });
    expect(await putTags([{ Key: 'aws:prefixed', Value: 'v' }])).toMatchObject({
      name: 'InvalidTag',
      message: 'Your TagKey cannot be prefixed with aws:',
    });
    expect(
      await putTags([
        { Key: 'k', Value: '1' },
        { Key: 'k', Value: '2' },
      ]),
    ).toMatchObject({
      name: 'InvalidTag',
      message: 'Cannot provide multiple Tags with the same key',
    });
    expect(await putTags([{ Key: 'k'.repeat(129), Value: 'v' }])).toMatchObject({
      name: 'InvalidTag',
    });
    // A tag without a Value does not match S3's schema.
    expect(await putTags([{ Key: 'k' } as Tag])).toMatchObject({
      name: 'MalformedXML',
      message:
        'The XML you provided was not well-formed or did not validate against our published schema',
    });
    expect(await tagsOf('tags/kept.txt')).toEqual([{ Key: 'keep', Value: 'me' }]);
  });

  it('names the missing object and bucket as S3 does', async () => {
    const get = await errorOf(
      s3().send(new GetObjectTaggingCommand({ Bucket: TRANSCRIPTS, Key: 'tags/none' })),
    );
    expect(get).toMatchObject({ name: 'NoSuchKey', Key: `${TRANSCRIPTS}/tags/none` });
    expect(get.$metadata.httpStatusCode).toBe(404);
    const del = await errorOf(
      s3().send(new DeleteObjectTaggingCommand({ Bucket: TRANSCRIPTS, Key: 'tags/none' })),
    );
    expect(del).toMatchObject({ name: 'NoSuchKey', Key: 'tags/none' });
    const bucket = await errorOf(
      s3().send(new GetObjectTaggingCommand({ Bucket: 'no-such-bucket-tags', Key: 'k' })),
    );
    expect(bucket).toMatchObject({ name: 'NoSuchBucket', BucketName: 'no-such-bucket-tags' });
  });

  it('needs the tagging permissions: the analyst role has none', async () => {
    const tagged = await errorOf(
      analyst().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'tags/analyst.txt',
          Body: 'x',
          Tagging: 'a=1',
        }),
      ),
    );
    expect(tagged).toMatchObject({
      name: 'AccessDenied',
      message: `User: ${ANALYST_ARN} is not authorized to perform: s3:PutObjectTagging on resource: "arn:aws:s3:::${TRANSCRIPTS}/tags/analyst.txt" because no identity-based policy allows the s3:PutObjectTagging action`,
    });
    const missing = await errorOf(
      s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tags/analyst.txt' })),
    );
    expect(missing.$metadata.httpStatusCode).toBe(404);
    const read = await errorOf(
      analyst().send(new GetObjectTaggingCommand({ Bucket: MEDIA, Key: 'samples/meeting.wav' })),
    );
    expect(read).toMatchObject({ name: 'AccessDenied' });
    expect(read.$metadata.httpStatusCode).toBe(403);
  });
});

describe('S3 DeleteObject', () => {
  it('deletes an object, and answers 204 whether or not there was one', async () => {
    await put('delete/me.txt', { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: OWN_KEY_ARN });
    const deleted = await s3().send(
      new DeleteObjectCommand({ Bucket: TRANSCRIPTS, Key: 'delete/me.txt' }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const head = await errorOf(
      s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'delete/me.txt' })),
    );
    expect(head).toMatchObject({ name: 'NotFound' });
    const get = await errorOf(
      s3().send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'delete/me.txt' })),
    );
    expect(get).toMatchObject({ name: 'NoSuchKey' });
    const tags = await errorOf(
      s3().send(new GetObjectTaggingCommand({ Bucket: TRANSCRIPTS, Key: 'delete/me.txt' })),
    );
    expect(tags.name).toBe('NoSuchKey');
    const again = await s3().send(
      new DeleteObjectCommand({ Bucket: TRANSCRIPTS, Key: 'delete/me.txt' }),
    );
    expect(again.$metadata.httpStatusCode).toBe(204);
  });

  it('refuses a bucket that does not exist, and a caller without s3:DeleteObject', async () => {
    const bucket = await errorOf(
      s3().send(new DeleteObjectCommand({ Bucket: 'no-such-bucket-delete', Key: 'k' })),
    );
    expect(bucket).toMatchObject({ name: 'NoSuchBucket', BucketName: 'no-such-bucket-delete' });
    const denied = await errorOf(
      analyst().send(new DeleteObjectCommand({ Bucket: MEDIA, Key: 'samples/meeting.wav' })),
    );
    expect(denied).toMatchObject({
      name: 'AccessDenied',
      message: `User: ${ANALYST_ARN} is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::${MEDIA}/samples/meeting.wav" because no identity-based policy allows the s3:DeleteObject action`,
    });
    expect(denied.$metadata.httpStatusCode).toBe(403);
    const still = await s3().send(
      new HeadObjectCommand({ Bucket: MEDIA, Key: 'samples/meeting.wav' }),
    );
    expect(still.ContentLength).toBeGreaterThan(0);
  });
});
