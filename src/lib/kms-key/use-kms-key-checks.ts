import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { useAwsClients } from '@/lib/aws/clients';
import { type AccessCheckRequest, useKeyAccessCheck } from './api/check-key-access';
import { getDescribeKeyQueryOptions, useDescribeKey } from './api/describe-key';
import { useKeyRotationStatus } from './api/get-key-rotation-status';
import { type AccessCheckResult, keyMetadataProblem } from './key-checks';
import { checkKmsArn, type KmsKeyScope } from './kms-key-arn';
import {
  asKmsKeyControl,
  type EncryptionContextPairs,
  encryptionContextIssues,
  encryptionContextOf,
  keyFieldOf,
  type KmsKeyFieldValues,
} from './kms-key-fields';

export interface KmsKeyChecksOptions extends KmsKeyScope {
  /** Encryption is on: without it nothing is checked. */
  enabled: boolean;
}

/**
 * The checks of the chosen KMS key beyond the form's schema: DescribeKey and
 * GetKeyRotationStatus for a key from the list (the analyst's own account), and the Encrypt dry run for any key once its reference and the encryption context are
 * valid. The form calls it (it needs `ensure` before submitting) and hands it to KmsKeyPanel.
 * `blocker` is the message that keeps the form from submitting.
 */
export function useKmsKeyChecks<T extends KmsKeyFieldValues>(
  control: Control<T>,
  options: KmsKeyChecksOptions,
) {
  const { enabled, ...scope } = options;
  const { kms } = useAwsClients();
  const queryClient = useQueryClient();
  const [kmsKeySource, kmsKeyId, kmsKeyArn, encryptionContext] = useWatch({
    control: asKmsKeyControl(control),
    name: ['kmsKeySource', 'kmsKeyId', 'kmsKeyArn', 'encryptionContext'],
  });
  const field = keyFieldOf(kmsKeySource);
  const arnCheck = checkKmsArn(kmsKeyArn, scope);

  const keyRef = !enabled
    ? undefined
    : kmsKeySource === 'current'
      ? kmsKeyId || undefined
      : arnCheck.ok
        ? kmsKeyArn.trim()
        : undefined;
  const contextJson = JSON.stringify(encryptionContext);
  const request = useMemo((): AccessCheckRequest | undefined => {
    const pairs = JSON.parse(contextJson) as EncryptionContextPairs;
    if (!keyRef || encryptionContextIssues(pairs, scope.contextCharacters).length > 0)
      return undefined;
    return { keyId: keyRef, encryptionContext: encryptionContextOf(pairs) };
  }, [keyRef, contextJson, scope.contextCharacters]);

  const describedKeyId = enabled && kmsKeySource === 'current' ? kmsKeyId || undefined : undefined;
  const describe = useDescribeKey(describedKeyId);
  // Asked with DescribeKey, not after it: both are for a key of the list, the analyst's own.
  const rotation = useKeyRotationStatus(describedKeyId);
  const describeProblem = describe.data ? keyMetadataProblem(describe.data) : undefined;
  const access = useKeyAccessCheck(request);
  const refusal = access.data?.status === 'refused' ? access.data.message : undefined;

  /** Waits for both checks (running the access check again) and says what blocks, if anything. */
  const ensure = useCallback(async (): Promise<string | undefined> => {
    if (!keyRef) return undefined;
    if (describedKeyId) {
      try {
        const metadata = await queryClient.fetchQuery(
          getDescribeKeyQueryOptions(kms, describedKeyId),
        );
        const problem = keyMetadataProblem(metadata);
        if (problem) return problem;
      } catch {
        // DescribeKey is informative only; the access check below decides.
      }
    }
    const result: AccessCheckResult | undefined = await access.recheck();
    return result?.status === 'refused' ? result.message : undefined;
  }, [access, describedKeyId, keyRef, kms, queryClient]);

  return {
    scope,
    /** The field that names the key: where a problem with the key goes. */
    field,
    sameAccount: arnCheck.ok && arnCheck.sameAccount,
    describe,
    describeProblem,
    rotation,
    access,
    accessRequest: request,
    /** A key is chosen but the encryption context is still incomplete, so no check can run. */
    waitingForContext: Boolean(keyRef) && !request,
    blocker: describeProblem ?? refusal,
    ensure,
  };
}

export type KmsKeyChecks = ReturnType<typeof useKmsKeyChecks>;
