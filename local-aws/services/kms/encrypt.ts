import type { EncryptCommandInput, EncryptCommandOutput } from '@aws-sdk/client-kms';
import { AwsError } from '../../core/errors';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { encryptUnder } from './crypto';
import { dryRunSucceeded } from './errors';
import { keyForOperation, requireUsableForEncryption } from './key-access';
import { blobOf, contextOf, checkKeyId, ENCRYPTION_ALGORITHMS, type Wire } from './validate';

type Output = Omit<EncryptCommandOutput, '$metadata'>;

/**
 * Encrypt: up to 4 KiB under a symmetric key, the encryption context bound as AAD. With
 * DryRun every check runs and success is DryRunOperationException.
 */
export function encrypt(ctx: RequestContext, input: Wire<EncryptCommandInput>): Output {
  const plaintext = blobOf('plaintext', input.Plaintext);
  const checks = checkKeyId(new Checks(), input.KeyId)
    .required('plaintext', plaintext)
    .blobLength('plaintext', plaintext, 1, 4096)
    .oneOf('encryptionAlgorithm', input.EncryptionAlgorithm, ENCRYPTION_ALGORITHMS);
  checks.done();
  const context = contextOf(input.EncryptionContext);
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:Encrypt', context);
  requireUsableForEncryption(key, 'Encrypt');
  const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  if (algorithm !== 'SYMMETRIC_DEFAULT')
    throw new AwsError(
      'InvalidKeyUsageException',
      `${key.arn} key does not support encryption algorithm ${algorithm}.`,
    );
  if (input.DryRun) throw dryRunSucceeded();
  return {
    CiphertextBlob: encryptUnder(key, plaintext as Buffer, context),
    KeyId: key.arn,
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
  };
}
