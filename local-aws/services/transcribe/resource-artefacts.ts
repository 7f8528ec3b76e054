import { AwsError } from '../../core/errors';
import type { World } from '../../core/types';
import { resolveKeyForUse } from '../kms/interface';
import { readObjectBody, writeObject } from '../s3/interface';
import { assumeDataAccessRole } from './data-access-role';
import type { S3Location } from './locations';
import { resourceArn, type StoredResource } from './resource-model';
import type { Outcome, Reader } from './resource-inputs';
import { serviceBucketName } from './service-bucket';

/**
 * A processed resource (the vocabulary's table, the filter's words, the model) is kept in
 * Transcribe's own bucket. With an EncryptionConfiguration it is stored SSE-KMS under that
 * key with that context, the data key made as the data access role; without one, Transcribe's
 * own (AWS owned) key applies, which here is SSE-S3.
 */

const viaTranscribe = (region: string) => `transcribe.${region}.amazonaws.com`;

/** A KMS refusal as a FailureReason: which key, which role, and KMS's own words. */
export function keyProblem(error: AwsError, keyArn: string, roleArn: string): string {
  switch (error.code) {
    case 'NotFoundException':
      return `The KMS key ${keyArn} can't be found. Check the key ARN and try your request again. (${error.message})`;
    case 'DisabledException':
      return `The KMS key ${keyArn} is disabled. Enable the key or choose a different key and try your request again.`;
    case 'KMSInvalidStateException':
      return `The KMS key ${keyArn} is pending deletion and can't be used. Cancel the key deletion or choose a different key and try your request again.`;
    case 'InvalidKeyUsageException':
      return `The KMS key ${keyArn} isn't a symmetric encryption key. Choose a symmetric encryption key and try your request again. (${error.message})`;
    case 'AccessDeniedException':
      return `The data access role ${roleArn} can't use the KMS key ${keyArn}. ${error.message} Both the role's permissions policy and the key policy must allow the role kms:GenerateDataKey and kms:Decrypt on the key.`;
    default:
      return `The KMS key ${keyArn} couldn't be used: ${error.message}`;
  }
}

const artefactKey = (resource: StoredResource, file: string) =>
  `custom/${resource.accountId}/${resource.kind}/${resource.name}/${resource.uid}/${file}`;

/**
 * Stores the artefact, as Transcribe would: the data key from KMS as the role, then a read
 * back as the role, since Transcribe decrypts the artefact whenever a job uses it.
 */
export function storeArtefact(
  world: World,
  resource: StoredResource,
  file: string,
  body: string,
  reader: Reader,
): Outcome<S3Location> {
  const location = { bucket: serviceBucketName(resource.region), key: artefactKey(resource, file) };
  const encryption = resource.encryption;
  const contentType = 'text/plain; charset=utf-8';
  if (!encryption?.KMSKey) {
    writeObject(world, null, { ...location, body: Buffer.from(body), contentType });
    return { ok: true, value: location };
  }
  const keyArn = encryption.KMSKey;
  const roleArn = reader.roleArn ?? '';
  try {
    for (const action of ['kms:GenerateDataKey', 'kms:Decrypt'] as const)
      resolveKeyForUse(world, reader.principal, keyArn, action, resource.region, {
        viaService: viaTranscribe(resource.region),
      });
    writeObject(world, null, {
      ...location,
      body: Buffer.from(body),
      contentType,
      kms: { keyId: keyArn, encryptionContext: encryption.KMSEncryptionContext },
      kmsCaller: reader.principal,
    });
    readObjectBody(world, reader.principal, location.bucket, location.key);
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    const kmsError = error.code.startsWith('KMS.')
      ? new AwsError(error.code.slice('KMS.'.length), error.message, error.status)
      : error.code === 'AccessDenied'
        ? new AwsError('AccessDeniedException', error.message, error.status)
        : error;
    return { ok: false, reason: keyProblem(kmsError, keyArn, roleArn) };
  }
  return { ok: true, value: location };
}

/**
 * The artefact's text, read as Transcribe reads it: through the data access role when it is
 * encrypted with the customer's key. Throws AwsError when the role can no longer decrypt it.
 */
export function readArtefact(world: World, resource: StoredResource): string {
  const artefact = resource.artefact;
  if (!artefact) throw new AwsError('NoSuchKey', 'The resource has no stored artefact.', 404);
  let principal = null;
  if (resource.encryption?.KMSKey && resource.dataAccessRoleArn) {
    const role = assumeDataAccessRole(
      world,
      resource.dataAccessRoleArn,
      resource.accountId,
      resourceArn(resource.kind, resource.region, resource.accountId, resource.name),
    );
    if (!role.ok) throw new AwsError('AccessDenied', role.reason, 403);
    principal = role.principal;
  }
  return readObjectBody(world, principal, artefact.bucket, artefact.key).toString('utf8');
}
