import { DescribeKeyCommand, type KeyMetadata, type KMSClient } from '@aws-sdk/client-kms';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';

export async function describeKey(
  kms: Pick<KMSClient, 'send'>,
  keyId: string,
): Promise<KeyMetadata> {
  const output = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
  if (!output.KeyMetadata) throw new Error(`DescribeKey returned no metadata for ${keyId}.`);
  return output.KeyMetadata;
}

/** The key's state, description and creation date; one call, for the chosen key only. */
export const getDescribeKeyQueryOptions = (kms: Pick<KMSClient, 'send'>, keyId: string) =>
  queryOptions({
    queryKey: ['kms', 'describe-key', keyId],
    queryFn: () => describeKey(kms, keyId),
    staleTime: 30_000,
    retry: false,
  });

export function useDescribeKey(keyId: string | undefined) {
  const { kms } = useAwsClients();
  return useQuery({
    ...getDescribeKeyQueryOptions(kms, keyId ?? ''),
    enabled: Boolean(keyId),
  });
}
