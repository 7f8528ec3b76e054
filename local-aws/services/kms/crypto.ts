import { randomBytes } from 'node:crypto';
import type { AwsError } from '../../core/errors';
import type { Principal, World } from '../../core/types';
import { open, parseBlob, seal } from './ciphertext';
import { incorrectKey, invalidCiphertext } from './errors';
import {
  authorizeKeyAction,
  findKey,
  kmsRequestContext,
  requireUsableForEncryption,
} from './key-access';
import type { StoredKey } from './model';
import { getKey } from './registry';

/** New 256-bit key material, as the store keeps it. */
export const newKeyMaterial = (): string => randomBytes(32).toString('base64');

function materialOf(key: StoredKey): Buffer {
  if (!key.material) throw new Error(`KMS key ${key.arn} has no symmetric key material`);
  return Buffer.from(key.material, 'base64');
}

/** Encrypts under a key already resolved, authorized and checked usable. */
export function encryptUnder(
  key: StoredKey,
  plaintext: Buffer,
  encryptionContext: Record<string, string> | undefined,
): Buffer {
  return seal(key.arn, materialOf(key), plaintext, encryptionContext);
}

export interface DecryptRequest {
  principal: Principal;
  region: string;
  ciphertextBlob: Buffer;
  encryptionContext?: Record<string, string>;
  /** Decrypt's optional KeyId: must name the key that made the blob. */
  keyId?: string;
  viaService?: string;
  deny: (message: string) => AwsError;
  /** Stops after every check has passed (DryRun). */
  beforeDecrypt?: (key: StoredKey) => void;
}

/**
 * Decrypt as KMS does it: the blob names its key; the caller needs kms:Decrypt on that key
 * (key policy + IAM); the key must be enabled; the context must match the one bound at
 * encryption, else InvalidCiphertextException.
 */
export function decryptBlob(
  world: World,
  request: DecryptRequest,
): { key: StoredKey; plaintext: Buffer } {
  const parsed = parseBlob(request.ciphertextBlob);
  if (!parsed) throw invalidCiphertext();
  const key = getKey(world, parsed.keyArn);
  if (!key) throw invalidCiphertext();
  if (request.keyId !== undefined) {
    const named = findKey(world, request.principal, request.keyId, request.region);
    if (named.arn !== key.arn) throw incorrectKey();
  }
  authorizeKeyAction(
    request.principal,
    key,
    'kms:Decrypt',
    kmsRequestContext(request.principal, request.encryptionContext, request.viaService),
    request.deny,
  );
  requireUsableForEncryption(key, 'Decrypt');
  request.beforeDecrypt?.(key);
  const plaintext = open(parsed, materialOf(key), request.encryptionContext);
  if (!plaintext) throw invalidCiphertext();
  return { key, plaintext };
}
