import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Principal, World } from '../../core/types';
import { checkS3Access } from './access';
import { bucketExists } from './buckets';
import { checksumOf } from './checksums';
import { noSuchBucket, noSuchKey } from './errors';
import { decryptDataKeyAs, generateDataKeyAs } from './kms-bridge';
import {
  damagedBodyError,
  openSegments,
  readSegmentsSync,
  segmentWriter,
  writeSegmentSync,
} from './object-bodies';
import {
  type ObjectChecksum,
  type ObjectTag,
  type S3ObjectDetails,
  type S3ObjectInfo,
  type StoredObject,
  type StoredObjectHeaders,
  type StoredSegment,
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

const md5Hex = (data: Buffer) => createHash('md5').update(data).digest('hex');

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

/** Where an object's write stands before its bytes: checked, its data key in hand. */
interface PreparedWrite {
  dataKey?: Buffer;
  encryption: StoredObject['encryption'];
}

/**
 * The checks every write makes before its bytes (bucket, s3:PutObject as `principal` unless
 * null, a system write), and for SSE-KMS the data key, generated as the caller so that KMS's
 * errors surface. Throws AwsError.
 */
function prepareWrite(
  world: World,
  principal: Principal | null,
  input: Omit<WriteObjectInput, 'body'>,
): PreparedWrite {
  const { bucket, key } = input;
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
  if (!input.kms) return { encryption: { type: 'AES256' } };
  const caller = principal ?? input.kmsCaller;
  if (!caller) throw new Error('writeObject: an SSE-KMS write needs a principal or kmsCaller');
  // S3 always adds the object's ARN to the context it gives KMS.
  const context = { ...input.kms.encryptionContext, 'aws:s3:arn': objectArn(bucket, key) };
  const dataKey = generateDataKeyAs(world, caller, input.kms.keyId, context);
  return {
    dataKey: dataKey.plaintext,
    encryption: {
      type: 'aws:kms',
      keyArn: dataKey.keyArn,
      context,
      ciphertextBlob: dataKey.ciphertextBlob.toString('base64'),
    },
  };
}

/** What an object's record holds beside its description. */
interface ObjectContents {
  segments: StoredSegment[];
  encryption: StoredObject['encryption'];
  size: number;
  etag: string;
  checksum: ObjectChecksum;
}

/** Puts an object's record, which takes over its segments' bodies (the old ones go). */
export function putObjectRecord(
  world: World,
  input: Omit<WriteObjectInput, 'body'>,
  contents: ObjectContents,
): S3ObjectInfo {
  const stored: StoredObject = {
    bucket: input.bucket,
    key: input.key,
    size: contents.size,
    contentType: input.contentType ?? 'binary/octet-stream',
    metadata: { ...input.metadata },
    headers: { ...input.headers },
    // S3 keeps whole seconds: listings show `.000Z`, and Last-Modified round-trips exactly.
    lastModified: new Date(Math.floor(world.now().getTime() / 1000) * 1000).toISOString(),
    etag: contents.etag,
    checksum: contents.checksum,
    segments: contents.segments,
    encryption: contents.encryption,
    ...(input.tags?.length ? { tags: input.tags.map((tag) => ({ ...tag })) } : {}),
  };
  world.store.put(
    OBJECTS_TABLE,
    objectId(input.bucket, input.key),
    stored,
    contents.segments.map((segment) => segment.body),
  );
  return toInfo(stored);
}

/**
 * Replaces an object's tags; false when there is no such object. No access check. The record
 * keeps owning its bodies: put without them, the store would remove the object's bytes.
 */
export function setObjectTags(
  world: World,
  bucket: string,
  key: string,
  tags: readonly ObjectTag[],
): boolean {
  const stored = world.store.get<StoredObject>(OBJECTS_TABLE, objectId(bucket, key));
  if (!stored) return false;
  const { tags: _old, ...rest } = stored;
  world.store.put(
    OBJECTS_TABLE,
    objectId(bucket, key),
    { ...rest, ...(tags.length ? { tags: tags.map((tag) => ({ ...tag })) } : {}) },
    stored.segments.map((segment) => segment.body),
  );
  return true;
}

/**
 * Writes an object held in memory (system writes, transcripts, seeds). `principal` null = a
 * system write (the Transcribe service's own bucket), no IAM check; otherwise checks
 * s3:PutObject (and for aws:kms, generates the data key as that principal, so KMS errors
 * surface). Throws AwsError.
 */
export function writeObject(
  world: World,
  principal: Principal | null,
  input: WriteObjectInput,
): S3ObjectInfo {
  const prepared = prepareWrite(world, principal, input);
  const { segment, storedMd5 } = writeSegmentSync(world.store, input.body, prepared.dataKey);
  // As in S3, an SSE-KMS object's ETag is not the MD5 of its data.
  const etag = input.etag ?? `"${prepared.dataKey ? storedMd5 : md5Hex(input.body)}"`;
  return putObjectRecord(world, input, {
    segments: [segment],
    encryption: prepared.encryption,
    size: input.body.length,
    etag,
    checksum: input.checksum ?? {
      algorithm: 'CRC64NVME',
      value: checksumOf('CRC64NVME', input.body),
    },
  });
}

/** An object write whose bytes arrive as a stream (PutObject). */
export interface StreamedObjectWrite {
  write(data: Buffer): Promise<void>;
  /**
   * Makes the bytes durable, then (unless `check` throws, when the body is dropped) puts the
   * record: the write is acknowledged once this returns.
   */
  commit(contents: {
    size: number;
    /** MD5 (hex) of the data: the ETag of an SSE-S3 object. */
    md5: string;
    checksum: ObjectChecksum;
    check?: () => void;
  }): Promise<S3ObjectInfo>;
  abort(): Promise<void>;
}

/** Begins a streamed write: the same checks and SSE-KMS data key as writeObject, first. */
export function beginObjectStream(
  world: World,
  principal: Principal | null,
  input: Omit<WriteObjectInput, 'body'>,
): StreamedObjectWrite {
  const prepared = prepareWrite(world, principal, input);
  const writer = segmentWriter(world.store, prepared.dataKey);
  return {
    write: (data) => writer.write(data),
    async commit({ size, md5, checksum, check }) {
      const { segment, storedMd5 } = await writer.finish();
      try {
        check?.();
        return putObjectRecord(world, input, {
          segments: [segment],
          encryption: prepared.encryption,
          size,
          etag: `"${prepared.dataKey ? storedMd5 : md5}"`,
          checksum,
        });
      } catch (error) {
        world.store.bodies.remove([segment.body.id]);
        throw error;
      }
    },
    abort: () => writer.abort(),
  };
}

/** The data key of an SSE-KMS object, decrypted as `principal` (kms:Decrypt is checked). */
function dataKeyOf(
  world: World,
  principal: Principal | null,
  stored: StoredObject,
): Buffer | undefined {
  if (stored.encryption.type === 'AES256') return undefined;
  if (!principal) throw new Error('readObjectBody: an SSE-KMS object needs a principal');
  const { ciphertextBlob, context } = stored.encryption;
  return decryptDataKeyAs(world, principal, Buffer.from(ciphertextBlob, 'base64'), context);
}

function storedObject(world: World, bucket: string, key: string): StoredObject {
  const stored = world.store.get<StoredObject>(OBJECTS_TABLE, objectId(bucket, key));
  if (!stored) throw bucketExists(world, bucket) ? noSuchKey(key) : noSuchBucket(bucket);
  return stored;
}

/** Bytes `start`…`end` (inclusive) of an object; the whole object when no range is given. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * An object's bytes at once, for small objects and the first bytes of media. For SSE-KMS the
 * data key is decrypted as `principal` (kms:Decrypt is checked by KMS); `principal` null
 * reads as the system, which only SSE-S3 objects allow. No S3 access check: callers do that
 * first. A damaged body is a 500 InternalError.
 */
export function readObjectBody(
  world: World,
  principal: Principal | null,
  bucket: string,
  key: string,
  range?: ByteRange,
): Buffer {
  const stored = storedObject(world, bucket, key);
  const dataKey = dataKeyOf(world, principal, stored);
  const { start, end } = range ?? { start: 0, end: stored.size - 1 };
  try {
    return readSegmentsSync(
      world.store,
      stored.segments,
      dataKey,
      start,
      Math.min(end, stored.size - 1),
    );
  } catch (error) {
    throw damagedBodyError(error, objectArn(bucket, key));
  }
}

/**
 * An object's bytes as a stream (GetObject), every block checked before the first byte is
 * sent: a damaged body is a 500 InternalError, logged, and none of it is served.
 */
export async function openObjectBody(
  world: World,
  principal: Principal,
  bucket: string,
  key: string,
  range?: ByteRange,
): Promise<Readable> {
  const stored = storedObject(world, bucket, key);
  const dataKey = dataKeyOf(world, principal, stored);
  const { start, end } = range ?? { start: 0, end: stored.size - 1 };
  try {
    return await openSegments(world.store, stored.segments, dataKey, start, end);
  } catch (error) {
    throw damagedBodyError(error, objectArn(bucket, key));
  }
}

/**
 * Deletes an object (its bytes go once that is durable); `principal` null = a system delete,
 * else s3:DeleteObject is checked. True when there was an object. Throws AwsError.
 */
export function deleteObject(
  world: World,
  principal: Principal | null,
  bucket: string,
  key: string,
): boolean {
  if (!bucketExists(world, bucket)) throw noSuchBucket(bucket);
  if (principal) checkS3Access(world, principal, bucket, 's3:DeleteObject', objectArn(bucket, key));
  return world.store.delete(OBJECTS_TABLE, objectId(bucket, key));
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
