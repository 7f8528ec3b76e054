import { GetKeyRotationStatusCommand, type KMSClient } from '@aws-sdk/client-kms';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';

/** Automatic rotation of a key's material, as GetKeyRotationStatus reports it. */
export interface KeyRotation {
  enabled: boolean;
  /** Only when enabled. */
  periodInDays?: number;
  nextRotation?: Date;
}

export async function getKeyRotationStatus(
  kms: Pick<KMSClient, 'send'>,
  keyId: string,
): Promise<KeyRotation> {
  const output = await kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
  if (!output.KeyRotationEnabled) return { enabled: false };
  return {
    enabled: true,
    periodInDays: output.RotationPeriodInDays,
    nextRotation: output.NextRotationDate,
  };
}

export const getKeyRotationStatusQueryOptions = (kms: Pick<KMSClient, 'send'>, keyId: string) =>
  queryOptions({
    queryKey: ['kms', 'key-rotation-status', keyId],
    queryFn: () => getKeyRotationStatus(kms, keyId),
    staleTime: 30_000,
    retry: false,
  });

/**
 * The rotation of a key of the analyst's own account. Never asked for another account's key:
 * its owner's key policy decides what may be read of it, and the panel shows nothing it cannot
 * know.
 */
export function useKeyRotationStatus(ownKeyId: string | undefined) {
  const { kms } = useAwsClients();
  return useQuery({
    ...getKeyRotationStatusQueryOptions(kms, ownKeyId ?? ''),
    enabled: Boolean(ownKeyId),
  });
}
