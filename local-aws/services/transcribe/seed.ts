import { CREDENTIALS_TABLE, IAM_TABLE } from '../../core/identity';
import type { IamEntity, StoredCredentials, World } from '../../core/types';
import { TRANSCRIBE_SERVICE_USER } from '../../seed/ids';
import { bucketExists, createBucket } from '../s3/interface';
import { serviceBucketName } from './service-bucket';

/**
 * The Transcribe service's own user and output bucket. Safe to call on a world that already
 * has them: a data dir from before they existed gets them when the server starts.
 */
export function seedTranscribe(world: World): void {
  const user = TRANSCRIBE_SERVICE_USER;
  const bucket = serviceBucketName(world.options.region);
  if (!world.store.has(IAM_TABLE, user.arn))
    world.store.put<IamEntity>(IAM_TABLE, user.arn, {
      kind: 'user',
      name: user.name,
      accountId: user.accountId,
      arn: user.arn,
      id: user.id,
      policies: [
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
      ],
    });
  if (!world.store.has(CREDENTIALS_TABLE, user.accessKeyId))
    world.store.put<StoredCredentials>(CREDENTIALS_TABLE, user.accessKeyId, {
      accessKeyId: user.accessKeyId,
      secretAccessKey: user.secretAccessKey,
      entityArn: user.arn,
    });
  if (!bucketExists(world, bucket)) createBucket(world, bucket, user.accountId);
}
