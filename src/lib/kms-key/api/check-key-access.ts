import { EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAwsClients } from '@/lib/aws/clients';
import { type AccessCheckResult, describeAccessCheck } from '../key-checks';

export interface AccessCheckRequest {
  /** The key ID (current account) or the key or alias ARN as typed (other account). */
  keyId: string;
  encryptionContext?: Record<string, string>;
}

/**
 * Asks KMS whether the caller may encrypt with the key, without encrypting anything:
 * Encrypt with DryRun=true and the job's encryption context. KMS answers success with the
 * DryRunOperationException error.
 */
export async function checkKeyAccess(
  kms: Pick<KMSClient, 'send'>,
  request: AccessCheckRequest,
): Promise<AccessCheckResult> {
  try {
    await kms.send(
      new EncryptCommand({
        KeyId: request.keyId,
        Plaintext: new Uint8Array([0]),
        EncryptionContext: request.encryptionContext,
        DryRun: true,
      }),
    );
    return describeAccessCheck({ ok: true });
  } catch (error) {
    return describeAccessCheck({ error });
  }
}

/** The check's answer for a minute: a key policy seldom changes while a form is filled in. */
export const getKeyAccessCheckQueryOptions = (
  kms: Pick<KMSClient, 'send'>,
  request: AccessCheckRequest,
) =>
  queryOptions({
    queryKey: ['kms', 'encrypt-dry-run', request.keyId, request.encryptionContext ?? {}],
    queryFn: () => checkKeyAccess(kms, request),
    staleTime: 60_000,
    retry: false,
  });

/** The access check for a key that passed the form's own checks; `undefined` turns it off. */
export function useKeyAccessCheck(request: AccessCheckRequest | undefined) {
  const { kms } = useAwsClients();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...getKeyAccessCheckQueryOptions(kms, request ?? { keyId: '' }),
    enabled: Boolean(request),
  });
  /** Runs the check again now ("Check access"), and before submitting. */
  const recheck = useCallback(async (): Promise<AccessCheckResult | undefined> => {
    if (!request) return undefined;
    return queryClient.fetchQuery({ ...getKeyAccessCheckQueryOptions(kms, request), staleTime: 0 });
  }, [kms, queryClient, request]);
  return { ...query, recheck };
}
