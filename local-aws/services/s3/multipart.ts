import { randomBytes } from 'node:crypto';
import { removeExpired } from '../../core/expiry';
import type { World } from '../../core/types';
import { noSuchUpload } from './errors';
import { type StoredPart, type StoredUpload, PARTS_TABLE, UPLOADS_TABLE } from './model';

export const MIN_PART_BYTES = 5 * 1024 * 1024;

export const newUploadId = () => randomBytes(48).toString('base64url');

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

/**
 * How long an upload neither completed nor aborted is kept: S3 keeps one until a lifecycle
 * rule aborts it, and this is the rule AWS recommends (AbortIncompleteMultipartUpload, 7 days).
 */
export const UPLOAD_LIFE_MS = 7 * 24 * 60 * 60 * 1000;

export function createUpload(world: World, upload: StoredUpload): void {
  removeExpired<StoredUpload>(
    world,
    UPLOADS_TABLE,
    (row) => Date.parse(row.initiated) + UPLOAD_LIFE_MS,
    (id) => deleteUpload(world, id),
  );
  world.store.put(UPLOADS_TABLE, upload.uploadId, upload);
}

const partId = (uploadId: string, partNumber: number) => `${uploadId}/${partNumber}`;

/** Keeps a part; its record owns its bytes (a part sent again replaces them). */
export function putPart(world: World, uploadId: string, part: StoredPart): void {
  world.store.put(PARTS_TABLE, partId(uploadId, part.partNumber), part, [part.segment.body]);
}

export function getPart(
  world: World,
  uploadId: string,
  partNumber: number,
): StoredPart | undefined {
  return world.store.get<StoredPart>(PARTS_TABLE, partId(uploadId, partNumber));
}

/** Forgets an upload and its parts (completed or aborted); bytes no object took are removed. */
export function deleteUpload(world: World, uploadId: string): void {
  world.store.batch(() => {
    for (const id of world.store.ids(PARTS_TABLE))
      if (id.startsWith(`${uploadId}/`)) world.store.delete(PARTS_TABLE, id);
    world.store.delete(UPLOADS_TABLE, uploadId);
  });
}
