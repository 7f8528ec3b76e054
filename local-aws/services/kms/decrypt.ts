import type { DecryptCommandInput, DecryptCommandOutput } from '@aws-sdk/client-kms';
import { accessDenied } from '../../core/access';
import { AwsError } from '../../core/errors';
import { requirePrincipal, type RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { decryptBlob } from './crypto';
import { dryRunSucceeded } from './errors';
import { keyMaterialId } from './model';
import { blobOf, contextOf, ENCRYPTION_ALGORITHMS, type Wire } from './validate';

type Output = Omit<DecryptCommandOutput, '$metadata'>;

/**
 * Decrypt: the blob names its key, so KeyId is optional (when given it must be that key). The
 * encryption context must be the one used to encrypt, else InvalidCiphertextException.
 */
export function decrypt(ctx: RequestContext, input: Wire<DecryptCommandInput>): Output {
  const blob = blobOf('ciphertextBlob', input.CiphertextBlob);
  new Checks()
    .required('ciphertextBlob', blob)
    .blobLength('ciphertextBlob', blob, 1, 6144)
    .length('keyId', input.KeyId, 1, 2048)
    .oneOf('encryptionAlgorithm', input.EncryptionAlgorithm, ENCRYPTION_ALGORITHMS)
    .done();
  if (input.Recipient)
    throw new AwsError(
      'UnsupportedOperationException',
      'local-aws does not support Decrypt with a Recipient (Nitro Enclaves).',
    );
  const { key, plaintext } = decryptBlob(ctx.world, {
    principal: requirePrincipal(ctx),
    region: ctx.region,
    ciphertextBlob: blob as Buffer,
    encryptionContext: contextOf(input.EncryptionContext),
    keyId: input.KeyId,
    deny: (message) => accessDenied(ctx, message),
    beforeDecrypt: (found) => {
      const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
      if (algorithm !== 'SYMMETRIC_DEFAULT')
        throw new AwsError(
          'InvalidKeyUsageException',
          `${found.arn} key does not support encryption algorithm ${algorithm}.`,
        );
      if (input.DryRun) throw dryRunSucceeded();
    },
  });
  return {
    KeyId: key.arn,
    Plaintext: plaintext,
    EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    KeyMaterialId: keyMaterialId(key),
  };
}
