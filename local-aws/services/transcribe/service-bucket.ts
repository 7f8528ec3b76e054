import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { findCredentials } from '../../core/identity';
import type { World } from '../../core/types';
import { TRANSCRIBE_SERVICE_USER } from '../../seed/ids';

/**
 * Without an OutputBucketName, Transcribe keeps the transcript in a bucket of its own and
 * hands out a presigned GET URL. Here that bucket belongs to a "Transcribe service" account
 * (so it never shows in a customer's ListBuckets), and the URL is signed with the service
 * user's key, whose secret the process made at start (see seed.ts), so the emulator's own S3
 * verifies it like any presigned URL.
 */

/** AWS answers with presigned transcript URLs that last 15 minutes. */
export const PRESIGNED_URL_TTL_SECONDS = 900;

export const serviceBucketName = (region: string) => `aws-transcribe-${region}-prod`;

/** A presigned S3 GET URL for an object of the service bucket, at the emulator's address. */
export async function presignedTranscriptUrl(world: World, key: string): Promise<string> {
  const base = new URL(world.options.publicUrl);
  const path = `/${serviceBucketName(world.options.region)}/${key
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
  const service = findCredentials(world, TRANSCRIBE_SERVICE_USER.accessKeyId);
  if (!service)
    throw new Error('the Transcribe service user has no key: seedTranscribe did not run');
  const signer = new SignatureV4({
    credentials: { accessKeyId: service.accessKeyId, secretAccessKey: service.secretAccessKey },
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
