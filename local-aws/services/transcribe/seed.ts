import { addUserWithKey } from '../../core/identity';
import type { World } from '../../core/types';
import { TRANSCRIBE_SERVICE_USER } from '../../seed/ids';
import { bucketExists, createBucket } from '../s3/interface';
import { serviceBucketName } from './service-bucket';

/**
 * The Transcribe service's own user and output bucket. Safe to call on a world that already
 * has them: a data dir from before they existed gets them when the server starts.
 */
export function seedTranscribe(world: World): void {
  const bucket = serviceBucketName(world.options.region);
  addUserWithKey(world, TRANSCRIBE_SERVICE_USER, [
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: `arn:aws:s3:::${bucket}/*`,
        },
      ],
    },
  ]);
  if (!bucketExists(world, bucket)) createBucket(world, bucket, TRANSCRIBE_SERVICE_USER.accountId);
}
