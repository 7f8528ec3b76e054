import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { useAwsClients } from '@/lib/aws/clients';
import { useCallerIdentity } from '@/lib/aws/get-caller-identity';
import { useSettledValue } from '@/lib/use-settled-value';
import {
  type AccessCheckRequest,
  getKeyAccessCheckQueryOptions,
  useKeyAccessCheck,
} from './api/check-key-access';
import { getDescribeKeyQueryOptions, useDescribeKey } from './api/describe-key';
import { useKeyRotationStatus } from './api/get-key-rotation-status';
import { policyPrincipalOf } from './key-access';
import { describeKeyAccess, type KeyAccessParties } from './key-access-words';
import { keyMetadataProblem } from './key-checks';
import { checkKmsArn, type KmsKeyScope, transcriptionJobResource } from './kms-key-arn';
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

/** How long typing must pause before a typed ARN or context is checked. */
export const SETTLE_MS = 600;

interface CheckInputs {
  enabled: boolean;
  source: KmsKeyFieldValues['kmsKeySource'];
  keyId: string;
  arn: string;
  contextJson: string;
}

/**
 * The key as these values name it, when it is complete enough to ask about, and the access
 * check's request, when the encryption context is complete too.
 */
function accessRequestOf(
  inputs: CheckInputs,
  scope: KmsKeyScope,
): { keyRef?: string; request?: AccessCheckRequest } {
  if (!inputs.enabled) return {};
  const keyRef =
    inputs.source === 'current'
      ? inputs.keyId || undefined
      : checkKmsArn(inputs.arn, scope).ok
        ? inputs.arn.trim()
        : undefined;
  const pairs = JSON.parse(inputs.contextJson) as EncryptionContextPairs;
  if (!keyRef || encryptionContextIssues(pairs, scope.contextCharacters).length > 0)
    return { keyRef };
  const checkRead = Boolean((scope.resource ?? transcriptionJobResource).readsHere);
  return {
    keyRef,
    request: { keyId: keyRef, encryptionContext: encryptionContextOf(pairs), checkRead },
  };
}

/**
 * The checks of the chosen KMS key beyond the form's schema: DescribeKey and
 * GetKeyRotationStatus for a key from the list (the analyst's own account), and the access
 * check (write and read) once the key's reference and the encryption context are complete. Typed values (the ARN, the context) are checked once typing pauses or
 * the field loses focus (`settle`), never per keystroke. The form calls it (it needs `ensure`
 * before submitting) and hands it to KmsKeyPanel. `blocker` keeps the form from submitting.
 */
export function useKmsKeyChecks<T extends KmsKeyFieldValues>(
  control: Control<T>,
  options: KmsKeyChecksOptions,
) {
  const { enabled, region, accountId, resource, contextCharacters } = options;
  const scope = useMemo(
    (): KmsKeyScope => ({ region, accountId, resource, contextCharacters }),
    [region, accountId, resource, contextCharacters],
  );
  const { kms } = useAwsClients();
  const queryClient = useQueryClient();
  const identity = useCallerIdentity();
  const [kmsKeySource, kmsKeyId, kmsKeyArn, encryptionContext] = useWatch({
    control: asKmsKeyControl(control),
    name: ['kmsKeySource', 'kmsKeyId', 'kmsKeyArn', 'encryptionContext'],
  });
  const field = keyFieldOf(kmsKeySource);
  const contextJson = JSON.stringify(encryptionContext);
  const arn = useSettledValue(kmsKeyArn, SETTLE_MS);
  const context = useSettledValue(contextJson, SETTLE_MS);
  const { settle: settleArn } = arn;
  const { settle: settleContext } = context;
  const settle = useCallback(() => {
    settleArn();
    settleContext();
  }, [settleArn, settleContext]);
  // A key picked from the list is complete at once; only what is typed waits.
  const typing = enabled && ((kmsKeySource === 'other' && arn.settling) || context.settling);

  const settledInputs = useMemo(
    () =>
      accessRequestOf(
        {
          enabled,
          source: kmsKeySource,
          keyId: kmsKeyId,
          arn: arn.settled,
          contextJson: context.settled,
        },
        scope,
      ),
    [enabled, kmsKeySource, kmsKeyId, arn.settled, context.settled, scope],
  );
  const request = typing ? undefined : settledInputs.request;
  const settledArnCheck = checkKmsArn(arn.settled, scope);

  const describedKeyId = enabled && kmsKeySource === 'current' ? kmsKeyId || undefined : undefined;
  const describe = useDescribeKey(describedKeyId);
  // Asked with DescribeKey, not after it: both are for a key of the list, the analyst's own.
  const rotation = useKeyRotationStatus(describedKeyId);
  const describeProblem = describe.data ? keyMetadataProblem(describe.data) : undefined;
  const access = useKeyAccessCheck(request);

  const keyAccountId =
    kmsKeySource === 'current'
      ? accountId
      : settledArnCheck.ok
        ? settledArnCheck.arn.accountId
        : undefined;
  const callerArn = identity.data?.Arn;
  const parties = useMemo(
    (): KeyAccessParties => ({
      accountId,
      principal: policyPrincipalOf(callerArn),
      keyAccountId,
    }),
    [accountId, callerArn, keyAccountId],
  );
  const words =
    request && access.data ? describeKeyAccess(access.data, parties, scope.resource) : undefined;

  /**
   * Before submitting: the checks for the values as they are now (typing may not have
   * paused), run again, and what blocks, if anything.
   */
  const ensure = useCallback(async (): Promise<string | undefined> => {
    settle();
    const now = accessRequestOf(
      { enabled, source: kmsKeySource, keyId: kmsKeyId, arn: kmsKeyArn, contextJson },
      scope,
    ).request;
    if (!now) return undefined;
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
    const outcome = await queryClient.fetchQuery({
      ...getKeyAccessCheckQueryOptions(kms, now),
      staleTime: 0,
    });
    return describeKeyAccess(outcome, parties, scope.resource).fieldError;
  }, [
    settle,
    enabled,
    kmsKeySource,
    kmsKeyId,
    kmsKeyArn,
    contextJson,
    scope,
    describedKeyId,
    queryClient,
    kms,
    parties,
  ]);

  return {
    scope,
    /** The field that names the key: where a problem with the key goes. */
    field,
    sameAccount: settledArnCheck.ok && settledArnCheck.sameAccount,
    describe,
    describeProblem,
    rotation,
    access,
    accessRequest: request,
    /** What the access check found, in words; none while the analyst is still typing. */
    words,
    /** The analyst is typing the key's ARN or the context: nothing is checked until a pause. */
    typing,
    /** Checks what is typed now, without waiting for the pause (a field lost focus). */
    settle,
    /** The ARN field differs from what was last checked: its messages wait for the pause. */
    arnSettling: arn.settling,
    /** The context differs from what was last checked: its messages wait too. */
    contextSettling: context.settling,
    /** The key ARN KMS resolved the typed alias ARN to, once the access check has run. */
    resolvedKeyArn: request && kmsKeySource === 'other' ? access.data?.keyArn : undefined,
    /** What is wrong with the ARN typed, once typing has paused: shown before any submit. */
    arnProblem:
      kmsKeySource === 'other' && !arn.settling && arn.settled.trim() && !settledArnCheck.ok
        ? settledArnCheck.message
        : undefined,
    /**
     * How the analyst named the key, for remembering with what was sent: the alias ARN typed,
     * and the key's ARN when KMS told it (DescribeKey, or the access check for an alias ARN).
     */
    keyNames: {
      alias:
        kmsKeySource === 'other' && settledArnCheck.ok && settledArnCheck.arn.kind === 'alias'
          ? arn.settled.trim()
          : undefined,
      arn: kmsKeySource === 'current' ? describe.data?.Arn : access.data?.keyArn,
    },
    /** A key is chosen but the encryption context is still incomplete, so no check can run. */
    waitingForContext: !typing && Boolean(settledInputs.keyRef) && !settledInputs.request,
    blocker: describeProblem ?? words?.fieldError,
    ensure,
  };
}

export type KmsKeyChecks = ReturnType<typeof useKmsKeyChecks>;
