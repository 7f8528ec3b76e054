import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AwsError } from '../../core/errors';
import { evaluateIdentity } from '../../core/iam';
import type { Principal, World } from '../../core/types';
import { type ChecksumAlgorithm, checksumOf } from './checksums';

/** An object's flexible checksum; COMPOSITE is a checksum of part checksums (`…-N`). */
export interface ObjectChecksum {
  algorithm: ChecksumAlgorithm;
  value: string;
  /** Absent means FULL_OBJECT. */
  type?: 'FULL_OBJECT' | 'COMPOSITE';
}
import { decryptDataKeyAs, generateDataKeyAs } from './kms-bridge';

/** S3's state: buckets by name, objects by `bucket/key`. */
export const BUCKETS_TABLE = 's3-buckets';
export const OBJECTS_TABLE = 's3-objects';

export interface S3ObjectInfo {
  bucket: string;
  key: string;
  size: number;
  contentType: string;
  metadata: Record<string, string>;
  lastModified: Date;
  etag: string;
  encryption: { type: 'AES256' } | { type: 'aws:kms'; keyArn: string };
}

/** Headers S3 stores with an object and returns on GET and HEAD. */
export interface StoredObjectHeaders {
  cacheControl?: string;
  contentDisposition?: string;
  contentEncoding?: string;
  contentLanguage?: string;
  expires?: string;
}

export interface StoredBucket {
  name: string;
  accountId: string;
  region: string;
  creationDate: string;
}

interface StoredObject {
  bucket: string;
  key: string;
  size: number;
  contentType: string;
  metadata: Record<string, string>;
  headers: StoredObjectHeaders;
  lastModified: string;
  etag: string;
  checksum: ObjectChecksum;
  /** base64; for SSE-KMS the AES-GCM ciphertext under the object's data key. */
  body: string;
  encryption:
    | { type: 'AES256' }
    | {
        type: 'aws:kms';
        keyArn: string;
        /** The full context given to KMS (the caller's plus `aws:s3:arn`). */
        context: Record<string, string>;
        ciphertextBlob: string;
        iv: string;
        tag: string;
      };
}

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
}

const objectId = (bucket: string, key: string) => `${bucket}/${key}`;
export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;

export function getBucket(world: World, bucket: string): StoredBucket | undefined {
  return world.store.get<StoredBucket>(BUCKETS_TABLE, bucket);
}

export function bucketExists(world: World, bucket: string): boolean {
  return world.store.has(BUCKETS_TABLE, bucket);
}

/** The account that owns a bucket, or undefined when there is no such bucket. */
export function bucketOwner(world: World, bucket: string): string | undefined {
  return getBucket(world, bucket)?.accountId;
}

/** Creates a bucket owned by `accountId` (seed, and the service-managed output bucket). */
export function createBucket(world: World, bucket: string, accountId: string): void {
  if (bucketExists(world, bucket)) {
    if (bucketOwner(world, bucket) === accountId) return;
    throw new AwsError(
      'BucketAlreadyExists',
      'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
      409,
      { BucketName: bucket },
    );
  }
  world.store.put<StoredBucket>(BUCKETS_TABLE, bucket, {
    name: bucket,
    accountId,
    region: world.options.region,
    creationDate: world.now().toISOString(),
  });
}

/** The buckets of one account, by name (S3 lists them sorted). */
export function bucketsOf(world: World, accountId: string): StoredBucket[] {
  return world.store
    .list<StoredBucket>(BUCKETS_TABLE)
    .filter((b) => b.accountId === accountId)
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });

export const noSuchKey = (key: string) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });

/**
 * Checks one S3 action for a caller: the bucket must belong to the caller's account (no
 * bucket policies exist here, so another account's bucket is never granted), and an
 * identity policy must allow the action on the resource.
 */
export function checkS3Access(
  world: World,
  principal: Principal,
  bucket: string,
  action: string,
  resource: string,
  conditionContext: Record<string, string | undefined> = {},
): void {
  const owner = bucketOwner(world, bucket);
  if (owner !== undefined && owner !== principal.accountId)
    throw s3AccessDenied(
      principal,
      action,
      resource,
      `because no resource-based policy allows the ${action} action`,
    );
  checkS3Identity(principal, action, resource, conditionContext);
}

// S3 quotes the resource ARN in its access-denied messages.
const s3AccessDenied = (principal: Principal, action: string, resource: string, because: string) =>
  new AwsError(
    'AccessDenied',
    `User: ${principal.arn} is not authorized to perform: ${action} on resource: "${resource}" ${because}`,
    403,
  );

/** The caller's identity policies alone, for one S3 action on one resource. */
export function checkS3Identity(
  principal: Principal,
  action: string,
  resource: string,
  conditionContext: Record<string, string | undefined> = {},
): void {
  const decision = evaluateIdentity(principal.policies, {
    action,
    resource,
    context: { 'aws:PrincipalAccount': principal.accountId, ...conditionContext },
  });
  if (decision === 'deny')
    throw s3AccessDenied(
      principal,
      action,
      resource,
      'with an explicit deny in an identity-based policy',
    );
  if (decision !== 'allow')
    throw s3AccessDenied(
      principal,
      action,
      resource,
      `because no identity-based policy allows the ${action} action`,
    );
}

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

/** Everything HEAD and GET report about a stored object. */
export interface S3ObjectDetails extends S3ObjectInfo {
  headers: StoredObjectHeaders;
  checksum: ObjectChecksum;
  /** SSE-KMS: the encryption context given to KMS. */
  encryptionContext?: Record<string, string>;
}

function toDetails(stored: StoredObject): S3ObjectDetails {
  return {
    ...toInfo(stored),
    headers: { ...stored.headers },
    checksum: { ...stored.checksum },
    encryptionContext:
      stored.encryption.type === 'aws:kms' ? { ...stored.encryption.context } : undefined,
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
