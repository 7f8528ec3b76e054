import { randomBytes } from 'node:crypto';
import { AwsError } from '../../core/errors';
import type { World } from '../../core/types';
import type { ChecksumAlgorithm } from './checksums';
import type { StoredObjectHeaders } from './object-store';

/** Multipart uploads in progress, and their parts (one row per part). */
export const UPLOADS_TABLE = 's3-uploads';
export const PARTS_TABLE = 's3-upload-parts';

export const MIN_PART_BYTES = 5 * 1024 * 1024;

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
}

export interface StoredPart {
  partNumber: number;
  etag: string;
  size: number;
  /** base64 of the part's bytes. */
  body: string;
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
}

export const newUploadId = () => randomBytes(48).toString('base64url');

export const noSuchUpload = (uploadId: string) =>
  new AwsError(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    404,
    { UploadId: uploadId },
  );

/** The upload, which must be for this bucket and key. */
export function requireUpload(
  world: World,
  bucket: string,
  key: string,
  uploadId: string,
): StoredUpload {
  const upload = world.store.get<StoredUpload>(UPLOADS_TABLE, uploadId);
  if (!upload || upload.bucket !== bucket || upload.key !== key) throw noSuchUpload(uploadId);
  return upload;
}

export function createUpload(world: World, upload: StoredUpload): void {
  world.store.put(UPLOADS_TABLE, upload.uploadId, upload);
}

const partId = (uploadId: string, partNumber: number) => `${uploadId}/${partNumber}`;

export function putPart(world: World, uploadId: string, part: StoredPart): void {
  world.store.put(PARTS_TABLE, partId(uploadId, part.partNumber), part);
}

export function getPart(
  world: World,
  uploadId: string,
  partNumber: number,
): StoredPart | undefined {
  return world.store.get<StoredPart>(PARTS_TABLE, partId(uploadId, partNumber));
}

/** Forgets an upload and its parts (completed or aborted). */
export function deleteUpload(world: World, uploadId: string): void {
  world.store.batch(() => {
    for (const id of world.store.ids(PARTS_TABLE))
      if (id.startsWith(`${uploadId}/`)) world.store.delete(PARTS_TABLE, id);
    world.store.delete(UPLOADS_TABLE, uploadId);
  });
}
