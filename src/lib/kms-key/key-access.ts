import { describeAwsError } from '@/lib/aws/errors';

/*
 * What KMS said when the console checked a key: can the analyst write with it (Encrypt) and
 * read what was written (Decrypt)? Facts only, as KMS gave them; the words an analyst reads are
 * in key-access-words.ts.
 */

export type KmsPermission = 'kms:Encrypt' | 'kms:Decrypt';

/** Which policy KMS said did not allow the call, when its message tells. */
export type RefusingPolicy = 'key-policy' | 'iam-policy' | 'unknown';

export type KeyRefusal =
  | {
      reason: 'access-denied';
      permission: KmsPermission;
      refusedBy: RefusingPolicy;
      /** KMS's own message. */
      awsMessage: string;
    }
  | {
      reason: 'not-found' | 'disabled' | 'invalid-state' | 'key-usage';
      awsMessage: string;
    };

export type CheckStep =
  | { status: 'allowed' }
  | { status: 'refused'; refusal: KeyRefusal }
  /** No answer that says yes or no: a network failure, throttling, an unexpected error. */
  | { status: 'unknown'; awsMessage: string };

export interface KeyAccessOutcome {
  /** Writing: Encrypt of a one-byte probe with the encryption context. */
  write: CheckStep;
  /** Reading: Decrypt with DryRun of that probe; only asked when writing is allowed. */
  read?: CheckStep;
  /** The key's ARN as KMS resolved it (an alias ARN becomes its key's ARN), once it encrypted. */
  keyArn?: string;
}

/** `because no resource-based policy allows …` (the key policy) or `identity-based` (IAM). */
function refusingPolicy(message: string): RefusingPolicy {
  if (/no resource-based policy allows|explicit deny in a resource-based policy/i.test(message))
    return 'key-policy';
  if (/no identity-based policy allows|explicit deny in an identity-based policy/i.test(message))
    return 'iam-policy';
  return 'unknown';
}

/**
 * One step of the check, from the error KMS answered with (or none: the call succeeded).
 * DryRunOperationException is KMS's "it would have succeeded".
 */
export function readCheckStep(permission: KmsPermission, error?: unknown): CheckStep {
  if (error === undefined) return { status: 'allowed' };
  const { code, message } = describeAwsError(error);
  switch (code) {
    case 'DryRunOperationException':
      return { status: 'allowed' };
    case 'AccessDeniedException':
      return {
        status: 'refused',
        refusal: {
          reason: 'access-denied',
          permission,
          refusedBy: refusingPolicy(message),
          awsMessage: message,
        },
      };
    case 'NotFoundException':
      return { status: 'refused', refusal: { reason: 'not-found', awsMessage: message } };
    case 'DisabledException':
      return { status: 'refused', refusal: { reason: 'disabled', awsMessage: message } };
    case 'KMSInvalidStateException':
      return { status: 'refused', refusal: { reason: 'invalid-state', awsMessage: message } };
    case 'InvalidKeyUsageException':
      return { status: 'refused', refusal: { reason: 'key-usage', awsMessage: message } };
    default:
      return { status: 'unknown', awsMessage: message };
  }
}

/** Whether the outcome keeps the job from being created: only a refusal to write does. */
export function blocksWriting(outcome: KeyAccessOutcome | undefined): boolean {
  return outcome?.write.status === 'refused';
}

/**
 * The role a session acts as, as a key policy names it: GetCallerIdentity gives the assumed
 * role's session (`arn:aws:sts::111122223333:assumed-role/TranscribeAnalyst/…`); a policy
 * names the role (`arn:aws:iam::111122223333:role/TranscribeAnalyst`). An IAM user stays as is.
 */
export function policyPrincipalOf(
  callerArn: string | undefined,
): { arn: string; name: string } | undefined {
  if (!callerArn) return undefined;
  const assumed = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/.+$/.exec(callerArn);
  if (assumed) {
    const [, partition, account, role] = assumed;
    return { arn: `arn:${partition}:iam::${account}:role/${role}`, name: role ?? '' };
  }
  const user = /^arn:[\w-]+:iam::\d{12}:user\/(?:.*\/)?([\w+=,.@-]+)$/.exec(callerArn);
  if (user) return { arn: callerArn, name: user[1] ?? '' };
  return undefined;
}
