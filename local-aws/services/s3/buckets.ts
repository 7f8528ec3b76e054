import { AwsError } from '../../core/errors';
import type { World } from '../../core/types';
import { type StoredBucket, BUCKETS_TABLE } from './model';

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
