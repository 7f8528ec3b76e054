import type { KeyMetadata } from '@aws-sdk/client-kms';
import { keyMaterialId, LEGACY_KEY_SPECS, type StoredKey } from './model';

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

const LEGACY_SPECS = new Set<string>(LEGACY_KEY_SPECS);

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
