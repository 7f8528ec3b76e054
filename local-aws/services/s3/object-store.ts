import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Principal, World } from '../../core/types';
import { checkS3Access } from './access';
import { bucketExists } from './buckets';
import { checksumOf } from './checksums';
import { noSuchBucket, noSuchKey } from './errors';
import { decryptDataKeyAs, generateDataKeyAs } from './kms-bridge';
import {
  type ObjectChecksum,
  type ObjectTag,
  type S3ObjectDetails,
  type S3ObjectInfo,
  type StoredObject,
  type StoredObjectHeaders,
  objectArn,
  OBJECTS_TABLE,
} from './model';

// Objects in the store: written and read as a caller (S3's IAM check, and KMS's for SSE-KMS,
// as that caller), described, and listed in S3's order.

export interface WriteObjectInput {
  bucket: string;
  key: string;
  body: Buffer;
  contentType?: string;
  metadata?: Record<string, string>;
  headers?: StoredObjectHeaders;
  kms?: { keyId: string; encryptionContext?: Record<string, string> };
  /** A checksum the client sent, already verified against the body. */
  checksum?: ObjectChecksum;
  /** The ETag to keep instead of the MD5 of the data (a completed multipart upload). */
  etag?: string;
  /**
   * Who uses the KMS key when `principal` is null (a system write encrypted with a
   * customer's key): KMS checks that caller's permissions, as Transcribe's do in AWS.
   */
  kmsCaller?: Principal;
  /** IAM condition keys for the s3:PutObject check. */
  conditionContext?: Record<string, string | undefined>;
  /** Tags to store with the object (the caller checked s3:PutObjectTagging). */
  tags?: ObjectTag[];
}

const objectId = (bucket: string, key: string) => `${bucket}/${key}`;

function toInfo(stored: StoredObject): S3ObjectInfo {
  return {
    bucket: stored.bucket,
    key: stored.key,
    size: stored.size,
    contentType: stored.contentType,
    metadata: { ...stored.metadata },
    lastModified: new Date(stored.lastModified),
    etag: stored.etag,
    encryption:
      stored.encryption.type === 'aws:kms'
        ? { type: 'aws:kms', keyArn: stored.encryption.keyArn }
        : { type: 'AES256' },
  };
}

function toDetails(stored: StoredObject): S3ObjectDetails {
  return {
    ...toInfo(stored),
    headers: { ...stored.headers },
    checksum: { ...stored.checksum },
    encryptionContext:
      stored.encryption.type === 'aws:kms' ? { ...stored.encryption.context } : undefined,
    tags: (stored.tags ?? []).map((tag) => ({ ...tag })),
  };
}

/** An object's description without any access check, or undefined. */
export function headObjectInternal(
  world: World,
  bucket: string,
  key: string,
): S3ObjectInfo | undefined {
  const stored = world.store.get<StoredObject>(OBJECTS_TABLE, objectId(bucket, key));
  return stored && toInfo(stored);
}

export function objectDetails(
  world: World,
  bucket: string,
  key: string,
): S3ObjectDetails | undefined {
  const stored = world.store.get<StoredObject>(OBJECTS_TABLE, objectId(bucket, key));
  return stored && toDetails(stored);
}

/**
 * Writes an object. `principal` null = a system write (the Transcribe service's own bucket),
 * no IAM check; otherwise checks s3:PutObject (and for aws:kms, generates the data key as
 * that principal, so KMS errors surface). Throws AwsError.
 */
export function writeObject(
  world: World,
  principal: Principal | null,
  input: WriteObjectInput,
): S3ObjectInfo {
  const { bucket, key, body } = input;
  if (!bucketExists(world, bucket)) throw noSuchBucket(bucket);
  if (principal)
    checkS3Access(
      world,
      principal,
      bucket,
      's3:PutObject',
      objectArn(bucket, key),
      input.conditionContext,
    );
  const checksum: ObjectChecksum = input.checksum ?? {
    algorithm: 'CRC64NVME',
    value: checksumOf('CRC64NVME', body),
  };
  let stored: StoredObject;
  const common = {
    bucket,
    key,
    size: body.length,
    contentType: input.contentType ?? 'binary/octet-stream',
    metadata: { ...input.metadata },
    headers: { ...input.headers },
    // S3 keeps whole seconds: listings show `.000Z`, and Last-Modified round-trips exactly.
    lastModified: new Date(Math.floor(world.now().getTime() / 1000) * 1000).toISOString(),
    checksum,
    ...(input.tags?.length ? { tags: input.tags.map((tag) => ({ ...tag })) } : {}),
  };
  if (input.kms) {
    const caller = principal ?? input.kmsCaller;
    if (!caller) throw new Error('writeObject: an SSE-KMS write needs a principal or kmsCaller');
    // S3 always adds the object's ARN to the context it gives KMS.
    const context = { ...input.kms.encryptionContext, 'aws:s3:arn': objectArn(bucket, key) };
    const dataKey = generateDataKeyAs(world, caller, input.kms.keyId, context);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', dataKey.plaintext, iv);
    const ciphertext = Buffer.concat([cipher.update(body), cipher.final()]);
    stored = {
      ...common,
      // As in S3, an SSE-KMS object's ETag is not the MD5 of its data.
      etag: input.etag ?? `"${createHash('md5').update(ciphertext).digest('hex')}"`,
      body: ciphertext.toString('base64'),
      encryption: {
        type: 'aws:kms',
        keyArn: dataKey.keyArn,
        context,
        ciphertextBlob: dataKey.ciphertextBlob.toString('base64'),
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      },
    };
  } else {
    stored = {
      ...common,
      etag: input.etag ?? `"${createHash('md5').update(body).digest('hex')}"`,
      body: body.toString('base64'),
      encryption: { type: 'AES256' },
    };
  }
  world.store.put(OBJECTS_TABLE, objectId(bucket, key), stored);
  return toInfo(stored);
}

/** Removes an object; false when there was none. No access check: callers do that first. */
export function deleteObjectRecord(world: World, bucket: string, key: string): boolean {
  return world.store.delete(OBJECTS_TABLE, objectId(bucket, key));
}

/** Replaces an object's tags; false when there is no such object. No access check. */
export function setObjectTags(
  world: World,
  bucket: string,
  key: string,
  tags: readonly ObjectTag[],
): boolean {
  const stored = world.store.get<StoredObject>(OBJECTS_TABLE, objectId(bucket, key));
  if (!stored) return false;
  const { tags: _old, ...rest } = stored;
  world.store.put(OBJECTS_TABLE, objectId(bucket, key), {
    ...rest,
    ...(tags.length ? { tags: tags.map((tag) => ({ ...tag })) } : {}),
  });
  return true;
}

/**
 * An object's bytes. For SSE-KMS the data key is decrypted as `principal` (kms:Decrypt is
 * checked by KMS); `principal` null reads as the system, which only SSE-S3 objects allow.
 * No S3 access check: callers do that first.
 */
export function readObjectBody(
  world: World,
  principal: Principal | null,
  bucket: string,
  key: string,
): Buffer {
  const stored = world.store.get<StoredObject>(OBJECTS_TABLE, objectId(bucket, key));
  if (!stored) throw bucketExists(world, bucket) ? noSuchKey(key) : noSuchBucket(bucket);
  const data = Buffer.from(stored.body, 'base64');
  if (stored.encryption.type === 'AES256') return data;
  if (!principal) throw new Error('readObjectBody: an SSE-KMS object needs a principal');
  const { ciphertextBlob, context, iv, tag } = stored.encryption;
  const dataKey = decryptDataKeyAs(
    world,
    principal,
    Buffer.from(ciphertextBlob, 'base64'),
    context,
  );
  const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** The keys of a bucket in S3's order: by their UTF-8 bytes. */
export function objectKeysOf(world: World, bucket: string): string[] {
  const prefix = `${bucket}/`;
  return world.store
    .ids(OBJECTS_TABLE)
    .filter((id) => id.startsWith(prefix))
    .map((id) => {
      const key = id.slice(prefix.length);
      return { key, bytes: Buffer.from(key) };
    })
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((entry) => entry.key);
}

/** The objects of a bucket in S3's order, each with its description. */
export function objectsOf(world: World, bucket: string): S3ObjectDetails[] {
  return objectKeysOf(world, bucket).map((key) => objectDetails(world, bucket, key)!);
}
