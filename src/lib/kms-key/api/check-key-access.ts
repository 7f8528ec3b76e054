import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAwsClients } from '@/lib/aws/clients';
import { type KeyAccessOutcome, readCheckStep } from '../key-access';

export interface AccessCheckRequest {
  /** The key ID (current account) or the key or alias ARN as typed (other account). */
  keyId: string;
  encryptionContext?: Record<string, string>;
  /** Whether reading back is checked too (Decrypt DryRun); a custom resource's key is not. */
  checkRead?: boolean;
}

/** What the probe holds: one byte, the least KMS accepts. */
const PROBE = new Uint8Array([0]);

/**
 * Asks KMS whether the caller may write with the key and read back what it wrote: Encrypt of a
 * one-byte probe with the job's encryption context (the write, exactly as the job will use the
 * key), then Decrypt of that probe with DryRun=true, which checks kms:Decrypt without
 * decrypting; KMS answers a dry run that would succeed with DryRunOperationException.
 */
export async function checkKeyAccess(
  kms: Pick<KMSClient, 'send'>,
  request: AccessCheckRequest,
  signal?: AbortSignal,
): Promise<KeyAccessOutcome> {
  let probe: { CiphertextBlob?: Uint8Array; KeyId?: string };
  try {
    probe = await kms.send(
      new EncryptCommand({
        KeyId: request.keyId,
        Plaintext: PROBE,
        EncryptionContext: request.encryptionContext,
      }),
      { abortSignal: signal },
    );
  } catch (error) {
    return { write: readCheckStep('kms:Encrypt', error) };
  }
  const write = readCheckStep('kms:Encrypt');
  if (request.checkRead === false) return { write, keyArn: probe.KeyId };
  try {
    await kms.send(
      new DecryptCommand({
        CiphertextBlob: probe.CiphertextBlob,
        KeyId: probe.KeyId,
        EncryptionContext: request.encryptionContext,
        DryRun: true,
      }),
      { abortSignal: signal },
    );
    return { write, read: readCheckStep('kms:Decrypt'), keyArn: probe.KeyId };
  } catch (error) {
    return { write, read: readCheckStep('kms:Decrypt', error), keyArn: probe.KeyId };
  }
}

/** The check's answer for a minute: a key policy seldom changes while a form is filled in. */
export const getKeyAccessCheckQueryOptions = (
  kms: Pick<KMSClient, 'send'>,
  request: AccessCheckRequest,
) =>
  queryOptions({
    queryKey: [
      'kms',
      'access-check',
      request.keyId,
      request.encryptionContext ?? {},
      request.checkRead !== false,
    ],
    queryFn: ({ signal }) => checkKeyAccess(kms, request, signal),
    staleTime: 60_000,
    retry: false,
  });

/**
 * The access check for a key that passed the form's own checks; `undefined` turns it off.
 * Each key and context has its own answer, so an answer about a value the analyst has since
 * changed is never shown for the new one.
 */
export function useKeyAccessCheck(request: AccessCheckRequest | undefined) {
  const { kms } = useAwsClients();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...getKeyAccessCheckQueryOptions(kms, request ?? { keyId: '' }),
    enabled: Boolean(request),
  });
  /** Runs the check again now ("Check access"). */
  const recheck = useCallback(async (): Promise<KeyAccessOutcome | undefined> => {
    if (!request) return undefined;
    return queryClient.fetchQuery({ ...getKeyAccessCheckQueryOptions(kms, request), staleTime: 0 });
  }, [kms, queryClient, request]);
  return { ...query, recheck };
}
