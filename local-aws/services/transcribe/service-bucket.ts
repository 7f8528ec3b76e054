import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { CREDENTIALS_TABLE, IAM_TABLE } from '../../core/identity';
import type { IamEntity, StoredCredentials, World } from '../../core/types';
import { bucketExists, createBucket } from '../s3/object-store';

/**
 * Without an OutputBucketName, Transcribe keeps the transcript in a bucket of its own and
 * hands out a presigned GET URL. Here that bucket belongs to a "Transcribe service" account
 * (so it never shows in a customer's ListBuckets), and the URL is signed with a seeded service
 * user's static key, so the emulator's own S3 verifies it like any presigned URL.
 */
export const SERVICE_ACCOUNT = '999988887777';
export const SERVICE_USER_ARN = `arn:aws:iam::${SERVICE_ACCOUNT}:user/transcribe-service`;
const SERVICE_ACCESS_KEY = 'AKIA9999888877770TRS';
const SERVICE_SECRET = 'localTranscribeServiceSecret999988887777';

/** AWS answers with presigned transcript URLs that last 15 minutes. */
export const PRESIGNED_URL_TTL_SECONDS = 900;

export const serviceBucketName = (region: string) => `aws-transcribe-${region}-prod`;

/** Adds the service user and its bucket; safe to call on a world that already has them. */
export function seedTranscribe(world: World): void {
  if (!world.store.has(IAM_TABLE, SERVICE_USER_ARN))
    world.store.put<IamEntity>(IAM_TABLE, SERVICE_USER_ARN, {
      kind: 'user',
      name: 'transcribe-service',
      accountId: SERVICE_ACCOUNT,
      arn: SERVICE_USER_ARN,
      id: 'AIDA9999888877770TRS',
      policies: [
        {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject'],
              Resource: `arn:aws:s3:::${serviceBucketName(world.options.region)}/*`,
            },
          ],
        },
      ],
    });
  if (!world.store.has(CREDENTIALS_TABLE, SERVICE_ACCESS_KEY))
    world.store.put<StoredCredentials>(CREDENTIALS_TABLE, SERVICE_ACCESS_KEY, {
      accessKeyId: SERVICE_ACCESS_KEY,
      secretAccessKey: SERVICE_SECRET,
      entityArn: SERVICE_USER_ARN,
    });
  const bucket = serviceBucketName(world.options.region);
  if (!bucketExists(world, bucket)) createBucket(world, bucket, SERVICE_ACCOUNT);
}

/** A presigned S3 GET URL for an object of the service bucket, at the emulator's address. */
export async function presignedTranscriptUrl(world: World, key: string): Promise<string> {
  const base = new URL(world.options.publicUrl);
  const path = `/${serviceBucketName(world.options.region)}/${key
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
  const signer = new SignatureV4({
    credentials: { accessKeyId: SERVICE_ACCESS_KEY, secretAccessKey: SERVICE_SECRET },
    region: world.options.region,
    service: 's3',
    sha256: Sha256,
    // S3 signs the path as sent, without a second round of escaping.
    uriEscapePath: false,
    applyChecksum: false,
  });
  const request = new HttpRequest({
    protocol: base.protocol,
    hostname: base.hostname,
    port: base.port ? Number(base.port) : undefined,
    method: 'GET',
    path,
    // As the SDK's S3 presigner does: an unsigned payload, hoisted into the query.
    headers: { host: base.host, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
  });
  const signed = await signer.presign(request, {
    expiresIn: PRESIGNED_URL_TTL_SECONDS,
    signingDate: world.now(),
  });
  const query = Object.entries(signed.query ?? {})
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `${base.origin}${path}?${query}`;
}
