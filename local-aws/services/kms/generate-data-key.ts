import { randomBytes } from 'node:crypto';
import type {
  GenerateDataKeyCommandInput,
  GenerateDataKeyCommandOutput,
} from '@aws-sdk/client-kms';
import { AwsError } from '../../core/errors';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { encryptUnder } from './crypto';
import { dryRunSucceeded } from './errors';
import { keyForOperation, requireUsableForEncryption } from './key-access';
import { keyMaterialId } from './model';
import { checkKeyId, contextOf } from './validate';

type Output = Omit<GenerateDataKeyCommandOutput, '$metadata'>;

const BYTES_OF_SPEC = { AES_256: 32, AES_128: 16 } as const;

/** GenerateDataKey: a random data key, in plaintext and encrypted under the KMS key. */
export function generateDataKey(ctx: RequestContext, input: GenerateDataKeyCommandInput): Output {
  checkKeyId(new Checks(), input.KeyId)
    .range('numberOfBytes', input.NumberOfBytes, 1, 1024)
    .oneOf('keySpec', input.KeySpec, Object.keys(BYTES_OF_SPEC))
    .done();
  if ((input.KeySpec === undefined) === (input.NumberOfBytes === undefined))
    throw new AwsError('ValidationException', 'Please specify either number of bytes or key spec.');
  if (input.Recipient)
    throw new AwsError(
      'UnsupportedOperationException',
      'local-aws does not support GenerateDataKey with a Recipient (Nitro Enclaves).',
    );
  const context = contextOf(input.EncryptionContext);
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:GenerateDataKey', context);
  requireUsableForEncryption(key, 'GenerateDataKey');
  if (input.DryRun) throw dryRunSucceeded();
  const size = input.KeySpec ? BYTES_OF_SPEC[input.KeySpec] : (input.NumberOfBytes as number);
  const plaintext = randomBytes(size);
  return {
    CiphertextBlob: encryptUnder(key, plaintext, context),
    Plaintext: plaintext,
    KeyId: key.arn,
    KeyMaterialId: keyMaterialId(key),
  };
}
