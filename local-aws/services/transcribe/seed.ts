import { randomBytes } from 'node:crypto';
import { CREDENTIALS_TABLE, IAM_TABLE } from '../../core/identity';
import type { IamEntity, StoredCredentials, World } from '../../core/types';
import { TRANSCRIBE_SERVICE_USER } from '../../seed/ids';
import { bucketExists, createBucket } from '../s3/interface';
import { serviceBucketName } from './service-bucket';

/**
 * The Transcribe service's own user and output bucket, at seed and at every start. The
 * service writes its transcripts in-process; its user only signs the presigned URLs that
 * read them, with a secret made here each time (never in the source, never the one a data
 * dir from an older version holds), and may do nothing but read its own bucket's objects.
 */
export function seedTranscribe(world: World): void {
  const bucket = serviceBucketName(world.options.region);
  const user = TRANSCRIBE_SERVICE_USER;
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
          { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` },
        ],
      },
    ],
  });
  world.store.put<StoredCredentials>(CREDENTIALS_TABLE, user.accessKeyId, {
    accessKeyId: user.accessKeyId,
    secretAccessKey: randomBytes(30).toString('base64'),
    entityArn: user.arn,
  });
  if (!bucketExists(world, bucket)) createBucket(world, bucket, user.accountId);
}
