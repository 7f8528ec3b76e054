import { createHash } from 'node:crypto';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { PolicyDocument } from '../../core/types';

/** Keys by key ARN. */
export const KEYS_TABLE = 'kms-keys';
/** Aliases by alias ARN. */
export const ALIASES_TABLE = 'kms-aliases';

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

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

const RSA_SIGNING = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
];
const signingAlgorithms: Record<string, string[]> = {
  RSA_2048: RSA_SIGNING,
  RSA_3072: RSA_SIGNING,
  RSA_4096: RSA_SIGNING,
  ECC_NIST_P256: ['ECDSA_SHA_256'],
  ECC_NIST_P384: ['ECDSA_SHA_384'],
  ECC_NIST_P521: ['ECDSA_SHA_512'],
  ECC_SECG_P256K1: ['ECDSA_SHA_256'],
  ECC_NIST_EDWARDS25519: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
  ML_DSA_44: ['ML_DSA_SHAKE_256'],
  ML_DSA_65: ['ML_DSA_SHAKE_256'],
  ML_DSA_87: ['ML_DSA_SHAKE_256'],
};

/** Specs that predate KeySpec also appear under the deprecated CustomerMasterKeySpec. */
const LEGACY_SPECS = new Set([
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
]);

/** DescribeKey's KeyMetadata for a stored key. */
export function keyMetadata(key: StoredKey): KeyMetadata {
  const metadata: KeyMetadata = {
    AWSAccountId: key.accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationDate),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    Origin: key.origin,
    KeyManager: key.keyManager,
    ...(LEGACY_SPECS.has(key.keySpec)
      ? { CustomerMasterKeySpec: key.keySpec as KeyMetadata['CustomerMasterKeySpec'] }
      : {}),
    KeySpec: key.keySpec as KeyMetadata['KeySpec'],
    MultiRegion: key.multiRegion,
  };
  if (key.deletionDate !== undefined) metadata.DeletionDate = new Date(key.deletionDate);
  if (key.pendingWindowInDays !== undefined)
    metadata.PendingDeletionWindowInDays = key.pendingWindowInDays;
  if (key.keyUsage === 'ENCRYPT_DECRYPT') {
    metadata.EncryptionAlgorithms = key.keySpec.startsWith('RSA_')
      ? ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']
      : ['SYMMETRIC_DEFAULT'];
  }
  if (key.keyUsage === 'SIGN_VERIFY')
    metadata.SigningAlgorithms = (signingAlgorithms[key.keySpec] ?? []) as NonNullable<
      KeyMetadata['SigningAlgorithms']
    >;
  if (key.keyUsage === 'GENERATE_VERIFY_MAC')
    metadata.MacAlgorithms = [key.keySpec.replace('HMAC_', 'HMAC_SHA_')] as NonNullable<
      KeyMetadata['MacAlgorithms']
    >;
  if (key.multiRegion)
    metadata.MultiRegionConfiguration = {
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Arn: key.arn, Region: key.region },
      ReplicaKeys: [],
    };
  const materialId = keyMaterialId(key);
  if (materialId) metadata.CurrentKeyMaterialId = materialId;
  return metadata;
}
