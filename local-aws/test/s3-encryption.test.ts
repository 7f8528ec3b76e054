import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { SEEDED_ALIAS_ARNS, SEEDED_KEYS } from '../seed/ids';
import { OBJECTS_TABLE, type StoredObject } from '../services/s3/model';
import { startForTests } from './harness';
import { AWS_S3_KEY_ARN, errorOf, OWN_KEY_ARN, s3Client, TRANSCRIPTS } from './s3-support';

const local = startForTests();
const s3 = () => s3Client(local.url);

/** An object's bytes as the store keeps them (ciphertext for SSE-KMS). */
const storedBody = (key: string) => {
  const stored = local.server.world.store.get<StoredObject>(
    OBJECTS_TABLE,
    `${TRANSCRIPTS}/${key}`,
  )!;
  return Buffer.concat(
    stored.segments.map(({ body }) =>
      local.server.world.store.bodies.readSync(body, 0, body.size - 1),
    ),
  );
};

describe('S3 server-side encryption', () => {
  it('uses SSE-S3 by default and says so', async () => {
    const put = await s3().send(
      new PutObjectCommand({ Bucket: TRANSCRIPTS, Key: 'plain', Body: 'x' }),
    );
    expect(put.ServerSideEncryption).toBe('AES256');
    expect(put.SSEKMSKeyId).toBeUndefined();
    const head = await s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'plain' }));
    expect(head.ServerSideEncryption).toBe('AES256');
  });

  it('encrypts with an own key by alias: HEAD names the key ARN, GET decrypts', async () => {
    const text = 'a transcript that must not be stored in the clear';
    const context = { department: 'analytics' };
    const put = await s3().send(
      new PutObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'kms/own.json',
        Body: text,
        ContentType: 'application/json',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'alias/transcribe-output',
        SSEKMSEncryptionContext: Buffer.from(JSON.stringify(context)).toString('base64'),
      }),
    );
    expect(put.ServerSideEncryption).toBe('aws:kms');
    expect(put.SSEKMSKeyId).toBe(OWN_KEY_ARN);
    const head = await s3().send(
      new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'kms/own.json' }),
    );
    expect(head).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: OWN_KEY_ARN,
      ContentLength: text.length,
      ContentType: 'application/json',
    });
    const get = await s3().send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'kms/own.json' }));
    expect(get.ServerSideEncryption).toBe('aws:kms');
    expect(get.SSEKMSKeyId).toBe(OWN_KEY_ARN);
    expect(await get.Body!.transformToString()).toBe(text);
    expect(storedBody('kms/own.json').toString('latin1')).not.toContain('transcript');
    expect(storedBody('kms/own.json').length).toBe(text.length);
  });

  it('accepts every key identifier form and serves ranges of encrypted objects', async () => {
    for (const SSEKMSKeyId of [
      SEEDED_KEYS.transcribeOutput,
      OWN_KEY_ARN,
      SEEDED_ALIAS_ARNS.transcribeOutput,
    ]) {
      const put = await s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'kms/forms',
          Body: 'abcdef',
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId,
        }),
      );
      expect(put.SSEKMSKeyId).toBe(OWN_KEY_ARN);
    }
    const part = await s3().send(
      new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'kms/forms', Range: 'bytes=1-2' }),
    );
    expect(await part.Body!.transformToString()).toBe('bc');
  });

  it('uses the account’s alias/aws/s3 when aws:kms names no key', async () => {
    const put = await s3().send(
      new PutObjectCommand({
        Bucket: TRANSCRIPTS,
        Key: 'kms/default',
        Body: 'x',
        ServerSideEncryption: 'aws:kms',
      }),
    );
    expect(put.SSEKMSKeyId).toBe(AWS_S3_KEY_ARN);
    const get = await s3().send(new GetObjectCommand({ Bucket: TRANSCRIPTS, Key: 'kms/default' }));
    expect(await get.Body!.transformToString()).toBe('x');
  });

  it('passes KMS key errors on in S3’s form', async () => {
    const put = (SSEKMSKeyId: string) =>
      s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'kms/refused',
          Body: 'x',
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId,
        }),
      );
    const disabled = await errorOf(put('alias/legacy-disabled'));
    expect(disabled.name).toBe('KMS.DisabledException');
    expect(disabled.$metadata.httpStatusCode).toBe(400);
    expect(disabled.message).toContain(`${SEEDED_KEYS.legacyDisabled} is disabled.`);
    const missing = await errorOf(put('alias/no-such-alias'));
    expect(missing.name).toBe('KMS.NotFoundException');
    expect(missing.$metadata.httpStatusCode).toBe(400);
    const pending = await errorOf(put('alias/retired'));
    expect(pending.name).toBe('KMS.KMSInvalidStateException');
    const signing = await errorOf(put('alias/signing'));
    expect(signing.name).toBe('KMS.InvalidKeyUsageException');
    const nothing = await errorOf(
      s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS, Key: 'kms/refused' })),
    );
    expect(nothing.name).toBe('NotFound');
  });

  it('validates the SSE headers as S3 does', async () => {
    const unsupported = await errorOf(
      s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'k',
          Body: 'x',
          // The SDK's enum is not checked client side; S3 checks it.
          ServerSideEncryption: 'aws:rot13' as 'AES256',
        }),
      ),
    );
    expect(unsupported.name).toBe('InvalidArgument');
    expect(unsupported.message).toBe('The encryption method specified is not supported');
    expect(unsupported.ArgumentName).toBe('x-amz-server-side-encryption');
    const keyWithoutKms = await errorOf(
      s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'k',
          Body: 'x',
          ServerSideEncryption: 'AES256',
          SSEKMSKeyId: 'alias/transcribe-output',
        }),
      ),
    );
    expect(keyWithoutKms.name).toBe('InvalidArgument');
    const badContext = await errorOf(
      s3().send(
        new PutObjectCommand({
          Bucket: TRANSCRIPTS,
          Key: 'k',
          Body: 'x',
          ServerSideEncryption: 'aws:kms',
          SSEKMSEncryptionContext: Buffer.from('["not","a","map"]').toString('base64'),
        }),
      ),
    );
    expect(badContext.name).toBe('InvalidArgument');
    expect(badContext.ArgumentName).toBe('x-amz-server-side-encryption-context');
  });
});
