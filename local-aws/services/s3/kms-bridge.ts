import { AwsError } from '../../core/errors';
import type { Principal, World } from '../../core/types';

/**
 * The KMS calls S3 makes as the caller. The KMS service's `key-service.ts` provides them;
 * until it lands this bridge refuses SSE-KMS with a clear error rather than faking it.
 */
export interface KmsDataKey {
  keyArn: string;
  plaintext: Buffer;
  ciphertextBlob: Buffer;
}

export function generateDataKeyAs(
  _world: World,
  _principal: Principal,
  _keyIdentifier: string,
  _encryptionContext: Record<string, string>,
): KmsDataKey {
  throw new AwsError('NotImplemented', 'local-aws S3 cannot reach KMS yet (SSE-KMS).', 501);
}

export function decryptDataKeyAs(
  _world: World,
  _principal: Principal,
  _ciphertextBlob: Buffer,
  _encryptionContext: Record<string, string>,
): Buffer {
  throw new AwsError('NotImplemented', 'local-aws S3 cannot reach KMS yet (SSE-KMS).', 501);
}
