import type { CheckStep, KeyAccessOutcome, KeyRefusal } from './key-access';
import { type KmsKeyResource, transcriptionJobResource } from './kms-key-arn';

/*
 * The access check in words an analyst can act on: whose key it is, which role asked, each
 * permission that is missing and what it is for, a key policy statement the key's owner can
 * paste, and KMS's own message kept apart, for whoever wants it.
 */

/** Who is involved: the analyst's account and role, and the account that owns the key. */
export interface KeyAccessParties {
  accountId?: string;
  /** The analyst's role as a key policy names it (see `policyPrincipalOf`). */
  principal?: { arn: string; name: string };
  keyAccountId?: string;
}

export interface PermissionNeed {
  permission: string;
  purpose: string;
}

export interface KeyAccessWords {
  tone: 'success' | 'warning' | 'error';
  /** The sentence beside the check. */
  headline: string;
  /** On the key field, when the key keeps the job from being created. */
  fieldError?: string;
  /** Whose key, which role, whom to ask for what. */
  advice?: string;
  needed?: PermissionNeed[];
  /** A key policy statement (JSON) that grants what is missing. */
  statement?: string;
  /** KMS's own message. */
  details?: string;
}

export const READ_REFUSED_HEADLINE =
  'You can encrypt with this key but not decrypt: you will not be able to read or download the transcript here.';

const WRITE_NEEDS: PermissionNeed[] = [
  { permission: 'kms:Encrypt', purpose: 'to write: Transcribe encrypts the transcript with it' },
  {
    permission: 'kms:GenerateDataKey',
    purpose: 'to write: Amazon S3 asks for a data key when the transcript is stored',
  },
];
const READ_NEEDS: PermissionNeed[] = [
  { permission: 'kms:Decrypt', purpose: 'to read: preview and download the transcript here' },
];

/** A key policy statement granting the principal the actions; `Resource` is always "*" there. */
export function keyPolicyStatement(
  principalArn: string | undefined,
  actions: readonly string[],
): string {
  const sid = !actions.includes('kms:Encrypt')
    ? 'AllowTranscriptsRead'
    : actions.includes('kms:Decrypt')
      ? 'AllowTranscriptsWriteAndRead'
      : 'AllowEncrypt';
  const statement = {
    Sid: sid,
    Effect: 'Allow',
    Principal: { AWS: principalArn ?? 'arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME' },
    Action: actions.length === 1 ? actions[0] : actions,
    Resource: '*',
  };
  return JSON.stringify(statement, null, 2);
}

const roleName = (parties: KeyAccessParties) =>
  parties.principal ? `your role ${parties.principal.name}` : 'your role';

/**
 * Whose key it is, who may not do what, what KMS said, and whom to ask: a key of another
 * account needs both its key policy and the analyst's own IAM policy to allow the call.
 */
function accessDeniedAdvice(
  refusal: Extract<KeyRefusal, { reason: 'access-denied' }>,
  parties: KeyAccessParties,
): string {
  const { permission } = refusal;
  const owner = parties.keyAccountId;
  const role = roleName(parties);
  const who =
    owner === undefined
      ? `${capitalize(role)} may not use this key for ${permission}.`
      : owner === parties.accountId
        ? `The key is in your account (${owner}); ${role} may not use it for ${permission}.`
        : `The key belongs to account ${owner}; ${role}${parties.accountId ? ` (account ${parties.accountId})` : ''} may not use it for ${permission}.`;
  const said =
    refusal.refusedBy === 'key-policy'
      ? 'KMS says no statement of the key policy allows it.'
      : refusal.refusedBy === 'iam-policy'
        ? "KMS says your role's IAM policy does not allow it."
        : '';
  const iam = `your account's administrator to allow ${permission} on this key in your role's IAM policy`;
  const ask =
    owner !== undefined && owner !== parties.accountId
      ? `Ask the key's owner in account ${owner} to add the statement below to the key policy, and ${iam}: a key of another account needs both.`
      : refusal.refusedBy === 'iam-policy'
        ? `Ask ${iam}, or the key's administrators to add the statement below to its key policy.`
        : "Ask the key's administrators to add the statement below to its key policy.";
  return [who, said, ask].filter(Boolean).join(' ');
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * What the analyst needs on the key: for a job, to write the transcript and read it here; for
 * a custom resource, kms:Encrypt, the one permission the check can prove (the data access role
 * does the rest, and the page says so).
 */
function neededFor(resource: KmsKeyResource): PermissionNeed[] {
  if (resource.readsHere) return [...WRITE_NEEDS, ...READ_NEEDS];
  return [
    { permission: 'kms:Encrypt', purpose: `to create the ${resource.name} encrypted with it` },
  ];
}

function refusedWords(
  refusal: KeyRefusal,
  parties: KeyAccessParties,
  resource: KmsKeyResource,
): KeyAccessWords {
  const details = refusal.awsMessage;
  switch (refusal.reason) {
    case 'access-denied': {
      const needed = neededFor(resource);
      return {
        tone: 'error',
        headline: "You can't use this key.",
        fieldError: `You can't use this key: ${roleName(parties)} is not allowed kms:Encrypt on it.`,
        advice: accessDeniedAdvice(refusal, parties),
        needed,
        statement: keyPolicyStatement(
          parties.principal?.arn,
          needed.map((n) => n.permission),
        ),
        details,
      };
    }
    case 'not-found':
      return {
        tone: 'error',
        headline: "You can't use this key.",
        fieldError:
          parties.keyAccountId !== undefined && parties.keyAccountId !== parties.accountId
            ? `KMS found no such key or alias in account ${parties.keyAccountId}. Check the ARN with the key's owner.`
            : 'KMS found no such key or alias. Check the ARN.',
        details,
      };
    case 'disabled':
      return {
        tone: 'error',
        headline: "You can't use this key.",
        fieldError:
          'The key is disabled and cannot encrypt. Enable it in AWS KMS, or choose another key.',
        details,
      };
    case 'invalid-state':
      return {
        tone: 'error',
        headline: "You can't use this key.",
        fieldError:
          "The key's state does not allow encryption, for example it is pending deletion. Choose another key.",
        details,
      };
    case 'key-usage':
      return {
        tone: 'error',
        headline: "You can't use this key.",
        fieldError:
          'The key cannot encrypt: its key usage is not ENCRYPT_DECRYPT, or it is asymmetric. Choose a symmetric encryption key.',
        details,
      };
  }
}

/** The check's words when the key can be used: console.md's, and what was checked. */
export const CAN_USE_HEADLINE = 'You can use this key.';

function readWords(read: CheckStep | undefined, parties: KeyAccessParties): KeyAccessWords {
  if (!read)
    // Reading was not asked (a custom resource): writing is what was proven.
    return { tone: 'success', headline: CAN_USE_HEADLINE };
  if (read.status === 'allowed')
    return {
      tone: 'success',
      headline: `${CAN_USE_HEADLINE} You can write transcripts with it and read them here.`,
    };
  if (read.status === 'unknown')
    return {
      tone: 'warning',
      headline: `You can use this key to write. Whether you can read with it could not be checked: ${read.awsMessage} Choose "Check access" to try again.`,
      details: read.awsMessage,
    };
  const refusal = read.refusal;
  if (refusal.reason !== 'access-denied')
    return {
      tone: 'warning',
      headline: READ_REFUSED_HEADLINE,
      advice: 'KMS refused to decrypt with this key.',
      details: refusal.awsMessage,
    };
  return {
    tone: 'warning',
    headline: READ_REFUSED_HEADLINE,
    advice: `${accessDeniedAdvice(refusal, parties)} The job can still be created: whoever may decrypt with the key can read its transcript.`,
    needed: READ_NEEDS,
    statement: keyPolicyStatement(parties.principal?.arn, ['kms:Decrypt']),
    details: refusal.awsMessage,
  };
}

/** The words for a finished check. */
export function describeKeyAccess(
  outcome: KeyAccessOutcome,
  parties: KeyAccessParties,
  resource: KmsKeyResource = transcriptionJobResource,
): KeyAccessWords {
  const write = outcome.write;
  if (write.status === 'refused') return refusedWords(write.refusal, parties, resource);
  if (write.status === 'unknown')
    return {
      tone: 'warning',
      headline: `The access check did not complete: ${write.awsMessage} Choose "Check access" to try again.`,
      details: write.awsMessage,
    };
  return readWords(outcome.read, parties);
}
