import { createHash } from 'node:crypto';
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
  /** The object's tags, in the order they were given (absent: none). */
  tags?: ObjectTag[];
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
  /** SSE-KMS: the key resolved when the upload began, and the caller's context. */
  kms?: { keyArn: string; encryptionContext?: Record<string, string> };
  checksumAlgorithm?: ChecksumAlgorithm;
  checksumType?: 'FULL_OBJECT' | 'COMPOSITE';
  /** The `x-amz-tagging` of the request that began the upload. */
  tags?: ObjectTag[];
}

export interface StoredPart {
  partNumber: number;
  etag: string;
  size: number;
  /** base64 of the part's bytes. */
  body: string;
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
}

/** S3's canonical user ID of an account: 64 hex characters. */
export const canonicalUserId = (accountId: string) =>
  createHash('sha256').update(`local-aws canonical user ${accountId}`).digest('hex');
