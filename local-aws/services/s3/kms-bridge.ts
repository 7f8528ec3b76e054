import { AwsError } from '../../core/errors';
import type { Principal, World } from '../../core/types';
import { decryptDataKey, generateDataKey, resolveKeyForUse } from '../kms/interface';

/** The KMS calls S3 makes for SSE-KMS, as the caller, with errors in S3's words. */
export interface KmsDataKey {
  keyArn: string;
  plaintext: Buffer;
  ciphertextBlob: Buffer;
}

/** The service S3 calls KMS as (`kms:ViaService`), which AWS managed keys require. */
const viaService = (world: World) => `s3.${world.options.region}.amazonaws.com`;

/**
 * S3 passes a KMS failure on under `KMS.<code>` (400), except access denied, which becomes
 * S3's own AccessDenied (403) with KMS's message naming the KMS action.
 */
export function kmsErrorAsS3(error: unknown): unknown {
  if (!(error instanceof AwsError)) return error;
  if (error.code === 'AccessDeniedException')
    return new AwsError('AccessDenied', error.message, 403);
  return new AwsError(
    `KMS.${error.code}`,
    error.message || `KMS returned ${error.code}.`,
    error.status >= 500 ? error.status : 400,
  );
}

export function generateDataKeyAs(
  world: World,
  principal: Principal,
  keyIdentifier: string,
  encryptionContext: Record<string, string>,
): KmsDataKey {
  try {
    const result = generateDataKey(world, principal, keyIdentifier, encryptionContext, {
      viaService: viaService(world),
    });
    return {
      keyArn: result.key.arn,
      plaintext: result.plaintext,
      ciphertextBlob: result.ciphertextBlob,
    };
  } catch (error) {
    throw kmsErrorAsS3(error);
  }
}

export function decryptDataKeyAs(
  world: World,
  principal: Principal,
  ciphertextBlob: Buffer,
  encryptionContext: Record<string, string>,
): Buffer {
  try {
    return decryptDataKey(world, principal, ciphertextBlob, encryptionContext, {
      viaService: viaService(world),
    }).plaintext;
  } catch (error) {
    throw kmsErrorAsS3(error);
  }
}

/** Checks the caller may use a key for `action` through S3, without using it. */
export function checkKeyUseAs(
  world: World,
  principal: Principal,
  keyIdentifier: string,
  action: 'kms:Decrypt' | 'kms:GenerateDataKey',
): void {
  try {
    resolveKeyForUse(world, principal, keyIdentifier, action, world.options.region, {
      viaService: viaService(world),
    });
  } catch (error) {
    throw kmsErrorAsS3(error);
  }
}
