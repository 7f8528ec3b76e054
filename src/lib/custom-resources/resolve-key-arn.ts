import type { KMSClient } from '@aws-sdk/client-kms';
import type { QueryClient } from '@tanstack/react-query';
import { getDescribeKeyQueryOptions } from '@/lib/kms-key/api/describe-key';
import { type KmsKeyFieldValues, kmsKeyReference } from '@/lib/kms-key/kms-key-fields';

/** A full KMS key ARN, the only form a custom resource's EncryptionConfiguration takes. */
export const isKeyArn = (reference: string) => /^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(reference);

/**
 * The key ARN to send: a key ARN as typed, else the ARN DescribeKey gives for the listed key's
 * ID or the typed alias ARN (the same cached query the panel shows the key's details from).
 */
export async function keyArnToSend(
  kms: Pick<KMSClient, 'send'>,
  queryClient: QueryClient,
  values: KmsKeyFieldValues,
): Promise<string> {
  const reference = kmsKeyReference(values);
  if (!reference) throw new Error('No KMS key is chosen.');
  if (isKeyArn(reference)) return reference;
  const metadata = await queryClient.fetchQuery(getDescribeKeyQueryOptions(kms, reference));
  if (!metadata.Arn) throw new Error(`DescribeKey gave no ARN for ${reference}.`);
  return metadata.Arn;
}
