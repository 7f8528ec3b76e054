// KMS's interface for the other emulated services: S3 uses it for SSE-KMS, Transcribe for
// its output encryption. Other services import this file only, never the rest of kms/.
import { randomBytes } from 'node:crypto';
import { AwsError } from '../../core/errors';
import type { Principal, World } from '../../core/types';
import { decryptBlob, encryptUnder } from './crypto';
import { usableKeyFor } from './key-access';
import type { StoredKey } from './model';

/** The stored KMS key as other services need it. */
export interface KmsKeyRef {
  keyId: string;
  arn: string;
  accountId: string;
  region: string;
}

export interface KeyUseOptions {
  /**
   * The service acting for the caller, as `kms:ViaService` names it (e.g.
   * `s3.us-east-1.amazonaws.com`). AWS managed keys (alias/aws/s3) only allow use through
   * their service.
   */
  viaService?: string;
}

const kmsAccessDenied = (message: string) => new AwsError('AccessDeniedException', message, 400);

const refOf = (key: StoredKey): KmsKeyRef => ({
  keyId: key.keyId,
  arn: key.arn,
  accountId: key.accountId,
  region: key.region,
});

/**
 * Resolves any identifier form for the caller (other accounts by ARN only), checks the key is
 * usable for symmetric encryption (Enabled, SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT) and that
 * `principal` may perform `action` on it (key policy + IAM). Throws AwsError exactly as KMS
 * would (NotFoundException, DisabledException, KMSInvalidStateException,
 * InvalidKeyUsageException, AccessDeniedException).
 */
export function resolveKeyForUse(
  world: World,
  principal: Principal,
  keyIdentifier: string,
  action: 'kms:Encrypt' | 'kms:GenerateDataKey' | 'kms:Decrypt' | 'kms:DescribeKey',
  region: string = world.options.region,
  options: KeyUseOptions = {},
): KmsKeyRef {
  return refOf(
    usableKeyFor(world, principal, keyIdentifier, action, region, {
      viaService: options.viaService,
      deny: kmsAccessDenied,
    }),
  );
}

/** GenerateDataKey (AES_256) as `principal`; context bound as AAD. */
export function generateDataKey(
  world: World,
  principal: Principal,
  keyIdentifier: string,
  encryptionContext?: Record<string, string>,
  options: KeyUseOptions & { region?: string } = {},
): { key: KmsKeyRef; plaintext: Buffer; ciphertextBlob: Buffer } {
  const key = usableKeyFor(
    world,
    principal,
    keyIdentifier,
    'kms:GenerateDataKey',
    options.region ?? world.options.region,
    { encryptionContext, viaService: options.viaService, deny: kmsAccessDenied },
  );
  const plaintext = randomBytes(32);
  return {
    key: refOf(key),
    plaintext,
    ciphertextBlob: encryptUnder(key, plaintext, encryptionContext),
  };
}

/** Decrypt a data key produced by generateDataKey, as `principal` (needs kms:Decrypt). */
export function decryptDataKey(
  world: World,
  principal: Principal,
  ciphertextBlob: Buffer,
  encryptionContext?: Record<string, string>,
  options: KeyUseOptions & { region?: string } = {},
): { key: KmsKeyRef; plaintext: Buffer } {
  const { key, plaintext } = decryptBlob(world, {
    principal,
    region: options.region ?? world.options.region,
    ciphertextBlob,
    encryptionContext,
    viaService: options.viaService,
    deny: kmsAccessDenied,
  });
  return { key: refOf(key), plaintext };
}
