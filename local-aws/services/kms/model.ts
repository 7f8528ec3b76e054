import { createHash } from 'node:crypto';
import type { PolicyDocument } from '../../core/types';

/** Keys by key ARN. */
export const KEYS_TABLE = 'kms-keys';
/** Aliases by alias ARN. */
export const ALIASES_TABLE = 'kms-aliases';

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

/** Key specs that predate KeySpec, which the deprecated CustomerMasterKeySpec also names. */
export const LEGACY_KEY_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SYMMETRIC_DEFAULT',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'SM2',
] as const;

/** Every key spec KMS has, in the model's order. */
export const KEY_SPECS = [
  ...LEGACY_KEY_SPECS,
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ECC_NIST_EDWARDS25519',
] as const;

/** A KMS key as the store keeps it (plain JSON; times in epoch milliseconds). */
export interface StoredKey {
  keyId: string;
  arn: string;
  accountId: string;
  region: string;
  creationDate: number;
  keyState: KeyState;
  description: string;
  keyUsage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT';
  keySpec: string;
  keyManager: 'AWS' | 'CUSTOMER';
  origin: 'AWS_KMS';
  multiRegion: boolean;
  deletionDate?: number;
  pendingWindowInDays?: number;
  /** The key policy exactly as it was given (GetKeyPolicy returns it unchanged). */
  policy: string;
  /** 256-bit key material, base64, for symmetric encryption keys only. */
  material?: string;
  tags?: { TagKey: string; TagValue: string }[];
  /**
   * Automatic rotation, when enabled: the period and when it was turned on (the first
   * rotation is one period later). Kept while the key is pending deletion, when KMS reports
   * rotation off, so that cancelling the deletion restores it.
   */
  rotation?: { periodInDays: number; enabledAt: number };
}

export interface StoredAlias {
  aliasName: string;
  aliasArn: string;
  accountId: string;
  region: string;
  /** The target's key ID (not its ARN), as ListAliases reports it. */
  targetKeyId: string;
  creationDate: number;
  lastUpdatedDate: number;
}

/** The key policy KMS gives a key created without one: the account's IAM policies decide. */
export function defaultKeyPolicy(accountId: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}

/** The stored policy text as a document; a key always holds a policy that parsed. */
export const policyOf = (key: StoredKey): PolicyDocument =>
  JSON.parse(key.policy) as PolicyDocument;

export const isSymmetricEncryptionKey = (key: StoredKey): boolean =>
  key.keySpec === 'SYMMETRIC_DEFAULT' && key.keyUsage === 'ENCRYPT_DECRYPT';

/** KMS's CurrentKeyMaterialId / KeyMaterialId: 64 hex digits naming the material. */
export const keyMaterialId = (key: StoredKey): string | undefined =>
  key.material
    ? createHash('sha256').update(Buffer.from(key.material, 'base64')).digest('hex')
    : undefined;
