import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterEach, describe, expect, it } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import { ANALYST_ROLE_ARN, ADMIN } from '../seed/ids';
import { afterSigning, startForTests } from './harness';
import { errorOf, keysOf, MEDIA, s3Client, TRANSCRIPTS } from './s3-support';

const local = startForTests();
const s3 = () => s3Client(local.url);
const KEY = 'samples/meeting.wav';

const errorCode = (xml: string) => /<Code>([^<]*)<\/Code>/.exec(xml)?.[1];

afterEach(() => local.server.world.setClockOffset(0));

describe('S3 presigned URLs', () => {
  it('serves a presigned GET, with the response overrides it signed', async () => {
    const url = await getSignedUrl(
      s3(),
      new GetObjectCommand({
        Bucket: MEDIA,
        Key: KEY,
        ResponseContentDisposition: 'attachment; filename="meeting.wav"',
      }),
      { expiresIn: 300 },
    );
    expect(url).toContain('X-Amz-Signature=');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="meeting.wav"');
    expect(response.headers.get('x-amz-server-side-encryption')).toBe('AES256');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
  });

  it('serves a presigned GET made with the analyst’s temporary credentials', async () => {
    const creds = issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 'presign');
    const url = await getSignedUrl(
      s3Client(local.url, keysOf(creds)),
      new GetObjectCommand({ Bucket: MEDIA, Key: KEY }),
    );
    expect(url).toContain('X-Amz-Security-Token=');
    expect((await fetch(url)).status).toBe(200);
  });

  it('signs keys with spaces, unicode and reserved characters', async () => {
    const Key = 'presign/a b+c (1)/ünï=code?.txt';
    await s3().send(new PutObjectCommand({ Bucket: TRANSCRIPTS, Key, Body: 'odd key' }));
    const url = await getSignedUrl(s3(), new GetObjectCommand({ Bucket: TRANSCRIPTS, Key }));
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('odd key');
  });

  it('accepts a presigned PUT', async () => {
    const url = await getSignedUrl(
      s3(),
      new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'presigned-put.txt' }),
      { expiresIn: 60 },
    );
    const put = await fetch(url, { method: 'PUT', body: 'uploaded' });
    expect(put.status).toBe(200);
    const get = await s3().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'presigned-put.txt' }),
    );
    expect(await get.Body!.transformToString()).toBe('uploaded');
  });

  it('refuses an expired presigned URL', async () => {
    const url = await getSignedUrl(s3(), new GetObjectCommand({ Bucket: MEDIA, Key: KEY }), {
      expiresIn: 60,
    });
    expect((await fetch(url)).status).toBe(200);
    local.server.world.setClockOffset(61_000);
    const response = await fetch(url);
    expect(response.status).toBe(403);
    const xml = await response.text();
    expect(errorCode(xml)).toBe('AccessDenied');
    expect(xml).toContain('<Message>Request has expired</Message>');
  });

  it('refuses a tampered presigned URL', async () => {
    const url = await getSignedUrl(s3(), new GetObjectCommand({ Bucket: MEDIA, Key: KEY }));
    const otherKey = url.replace('meeting.wav', 'interview.mp3');
    const signature = /X-Amz-Signature=([0-9a-f]+)/.exec(url)![1]!;
    const flipped = url.replace(
      signature,
      signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0'),
    );
    const extraParam = `${url}&response-content-type=text%2Fhtml`;
    for (const tampered of [otherKey, flipped, extraParam]) {
      const response = await fetch(tampered);
      expect(response.status).toBe(403);
      expect(errorCode(await response.text())).toBe('SignatureDoesNotMatch');
    }
  });
});

describe('S3 signature checks', () => {
  it('refuses a wrong secret: SignatureDoesNotMatch 403', async () => {
    const error = await errorOf(
      s3Client(local.url, {
        accessKeyId: ADMIN.accessKeyId,
        secretAccessKey: 'not-the-secret',
      }).send(new ListObjectsV2Command({ Bucket: MEDIA })),
    );
    expect(error.name).toBe('SignatureDoesNotMatch');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('refuses an unknown access key: InvalidAccessKeyId 403', async () => {
    const error = await errorOf(
      s3Client(local.url, { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }).send(
        new ListObjectsV2Command({ Bucket: MEDIA }),
      ),
    );
    expect(error.name).toBe('InvalidAccessKeyId');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('refuses a body changed after signing', async () => {
    const client = s3();
    afterSigning(client, (request) => {
      request.body = 'tampered';
    });
    const error = await errorOf(
      client.send(new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'tampered', Body: 'original' })),
    );
    expect(error.name).toBe('XAmzContentSHA256Mismatch');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('refuses a changed signed header (the key in the path)', async () => {
    const client = s3();
    afterSigning(client, (request) => {
      request.path = request.path.replace('meeting.wav', 'interview.mp3');
    });
    const error = await errorOf(client.send(new GetObjectCommand({ Bucket: MEDIA, Key: KEY })));
    expect(error.name).toBe('SignatureDoesNotMatch');
  });

  it('refuses an unsigned request with AccessDenied', async () => {
    const response = await fetch(`${local.url}/${MEDIA}/${KEY}`);
    expect(response.status).toBe(403);
    expect(errorCode(await response.text())).toBe('AccessDenied');
  });
});
