import { createHash } from 'node:crypto';
import type { BodyRef } from '../../core/bodies';
import type { ChecksumAlgorithm } from './checksums';

// S3's state as the store keeps it (plain JSON), and the names S3 gives it.

/** An object's flexible checksum; COMPOSITE is a checksum of part checksums (`…-N`). */
export interface ObjectChecksum {
  algorithm: ChecksumAlgorithm;
  value: string;
  /** Absent means FULL_OBJECT. */
  type?: 'FULL_OBJECT' | 'COMPOSITE';
}

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

/** An object's tag, as S3's XML names its members. */
export interface ObjectTag {
  Key: string;
  Value: string;
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

/**
 * A stretch of an object's bytes in one body: a PutObject has one, a multipart object one per
 * part. SSE-KMS segments are AES-256-GCM under the object's data key, each with its own IV.
 */
export interface StoredSegment {
  body: BodyRef;
  /** SSE-KMS: base64 IV and tag of this segment's encryption. */
  iv?: string;
  tag?: string;
}

export interface StoredObject {
  bucket: string;
  key: string;
  size: number;
  contentType: string;
  metadata: Record<string, string>;
  headers: StoredObjectHeaders;
  lastModified: string;
  etag: string;
  checksum: ObjectChecksum;
  /** The object's bytes in order (for SSE-KMS, ciphertext). */
  segments: StoredSegment[];
  encryption: { type: 'AES256' } | StoredKmsEncryption;
  /** The object's tags, in the order they were given (absent: none). */
  tags?: ObjectTag[];
}

export interface StoredKmsEncryption {
  type: 'aws:kms';
  keyArn: string;
  /** The full context given to KMS (the caller's plus `aws:s3:arn`). */
  context: Record<string, string>;
  /** base64 of the data key as KMS encrypted it. */
  ciphertextBlob: string;
}

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;

export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;

/** Everything HEAD and GET report about a stored object. */
export interface S3ObjectDetails extends S3ObjectInfo {
  headers: StoredObjectHeaders;
  checksum: ObjectChecksum;
  /** SSE-KMS: the encryption context given to KMS. */
  encryptionContext?: Record<string, string>;
  tags: ObjectTag[];
}

/** Multipart uploads in progress, and their parts (one row per part). */
export const UPLOADS_TABLE = 's3-uploads';
export const PARTS_TABLE = 's3-upload-parts';

export interface StoredUpload {
  uploadId: string;
  bucket: string;
  key: string;
  initiated: string;
  contentType?: string;
  metadata: Record<string, string>;
  headers: StoredObjectHeaders;
  /**
   * SSE-KMS: the key resolved when the upload began, the caller's context, and the data key
   * every part is encrypted with (S3 decrypts it for each part).
   */
  kms?: { encryptionContext?: Record<string, string> } & StoredKmsEncryption;
  checksumAlgorithm?: ChecksumAlgorithm;
  checksumType?: 'FULL_OBJECT' | 'COMPOSITE';
  /** The `x-amz-tagging` of the request that began the upload. */
  tags?: ObjectTag[];
}

export interface StoredPart {
  partNumber: number;
  etag: string;
  size: number;
  segment: StoredSegment;
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
  /** CRC-64/NVME of the part's data, for the object's default checksum. */
  crc64?: string;
}

/** S3's canonical user ID of an account: 64 hex characters. */
export const canonicalUserId = (accountId: string) =>
  createHash('sha256').update(`local-aws canonical user ${accountId}`).digest('hex');
