import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useAwsClients } from '@/lib/aws/clients';
import { type AccessCheckRequest, useKeyAccessCheck } from '../api/check-key-access';
import { describeKey, useDescribeKey } from '../api/describe-key';
import type { CreateJobFormValues } from '../form-schema';
import { type AccessCheckResult, keyMetadataProblem } from '../key-checks';
import { checkKmsArn } from '../kms-key-arn';

type KeyValues = Pick<
  CreateJobFormValues,
  'encryption' | 'kmsKeySource' | 'kmsKeyId' | 'kmsKeyArn' | 'encryptionContext'
>;

function contextIsValid(pairs: CreateJobFormValues['encryptionContext']): boolean {
  const keys = new Set(pairs.map((p) => p.key));
  return (
    pairs.length <= 10 &&
    keys.size === pairs.length &&
    pairs.every(
      (p) =>
        /\S/.test(p.key) && /\S/.test(p.value) && p.key.length <= 2000 && p.value.length <= 2000,
    )
  );
}

/**
 * The checks of the chosen KMS key beyond the schema: DescribeKey for a key from the list,
 * and the Encrypt dry run for any key once its reference is valid. `blocker` is the message
 * that keeps "Create job" from submitting.
 */
export function useKeyChecks(values: KeyValues, context: { region: string; accountId?: string }) {
  const { kms } = useAwsClients();
  const queryClient = useQueryClient();
  const field = values.kmsKeySource === 'current' ? ('kmsKeyId' as const) : ('kmsKeyArn' as const);
  const arnCheck = checkKmsArn(values.kmsKeyArn, context);

  const keyRef = !values.encryption
    ? undefined
    : values.kmsKeySource === 'current'
      ? values.kmsKeyId || undefined
      : arnCheck.ok
        ? values.kmsKeyArn.trim()
        : undefined;
  const contextJson = JSON.stringify(values.encryptionContext);
  const request = useMemo((): AccessCheckRequest | undefined => {
    const pairs = JSON.parse(contextJson) as CreateJobFormValues['encryptionContext'];
    if (!keyRef || !contextIsValid(pairs)) return undefined;
    return {
      keyId: keyRef,
      encryptionContext: pairs.length
        ? Object.fromEntries(pairs.map((p) => [p.key, p.value]))
        : undefined,
    };
  }, [keyRef, contextJson]);

  const describedKeyId =
    values.encryption && values.kmsKeySource === 'current'
      ? values.kmsKeyId || undefined
      : undefined;
  const describe = useDescribeKey(describedKeyId);
  const describeProblem = describe.data ? keyMetadataProblem(describe.data) : undefined;
  const access = useKeyAccessCheck(request);
  const refusal = access.data?.status === 'refused' ? access.data.message : undefined;

  /** Waits for both checks (running the access check again) and says what blocks, if anything. */
  const ensure = useCallback(async (): Promise<string | undefined> => {
    if (!keyRef) return undefined;
    if (describedKeyId) {
      try {
        const metadata = await queryClient.fetchQuery({
          queryKey: ['kms', 'describe-key', describedKeyId],
          queryFn: () => describeKey(kms, describedKeyId),
          staleTime: 30_000,
        });
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
    field,
    sameAccount: arnCheck.ok && arnCheck.sameAccount,
    describe,
    describeProblem,
    access,
    accessRequest: request,
    /** A key is chosen but the encryption context is still incomplete, so no check can run. */
    waitingForContext: Boolean(keyRef) && !request,
    blocker: describeProblem ?? refusal,
    ensure,
  };
}

export type KeyChecks = ReturnType<typeof useKeyChecks>;
