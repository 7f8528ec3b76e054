import type { Control } from 'react-hook-form';
import { z } from 'zod';
import { checkKmsArn, type KmsKeyScope } from './kms-key-arn';

/*
 * The values the KMS key panel edits. A form that holds the panel keeps them under these
 * names among its own values (its zod shape spreads `kmsKeyFieldsShape`), adds
 * `kmsKeyIssues` to its schema, and maps them into its request with `kmsKeyReference` and
 * `encryptionContextOf`.
 */

export const MAX_CONTEXT_PAIRS = 10;
const MAX_CONTEXT_ENTRY_LENGTH = 2000;

/** The rule for context keys and values, in the words the editor shows under the pairs. */
export const encryptionContextConstraint = `Keys and values: 1–${MAX_CONTEXT_ENTRY_LENGTH} characters, not only spaces.`;

/** The same for a custom resource's context, whose API takes printable ASCII only. */
export const printableContextConstraint = `Keys and values: 1–${MAX_CONTEXT_ENTRY_LENGTH} printable ASCII characters (letters, digits, spaces and punctuation).`;

export type ContextCharacters = NonNullable<KmsKeyScope['contextCharacters']>;

export const contextConstraintFor = (characters: ContextCharacters = 'any') =>
  characters === 'printable-ascii' ? printableContextConstraint : encryptionContextConstraint;

const pair = z.object({ key: z.string(), value: z.string() });

export const kmsKeyFieldsShape = {
  /** "Key from current account" (the list) or "Key from a different account" (an ARN). */
  kmsKeySource: z.enum(['current', 'other']),
  /** The key ID chosen from the list. */
  kmsKeyId: z.string(),
  /** The key or alias ARN as typed. */
  kmsKeyArn: z.string(),
  encryptionContext: z.array(pair),
};

export type KmsKeyFieldValues = z.infer<z.ZodObject<typeof kmsKeyFieldsShape>>;
export type EncryptionContextPairs = KmsKeyFieldValues['encryptionContext'];

export const emptyKmsKeyFields: KmsKeyFieldValues = {
  kmsKeySource: 'current',
  kmsKeyId: '',
  kmsKeyArn: '',
  encryptionContext: [],
};

/** The panel's fields in page order, for "focus the first field in error". */
export const kmsKeyFieldOrder = ['kmsKeyId', 'kmsKeyArn', 'encryptionContext'] as const;

/** The field that names the key for this source: where a problem with the key is shown. */
export function keyFieldOf(source: KmsKeyFieldValues['kmsKeySource']): 'kmsKeyId' | 'kmsKeyArn' {
  return source === 'current' ? 'kmsKeyId' : 'kmsKeyArn';
}

/**
 * A form's control seen as the panel's fields. react-hook-form's Control is invariant in its
 * values type, so the panel takes any form whose values include these fields and narrows it
 * here, in one place.
 */
export function asKmsKeyControl<T extends KmsKeyFieldValues>(
  control: Control<T>,
): Control<KmsKeyFieldValues> {
  return control as unknown as Control<KmsKeyFieldValues>;
}

export interface KmsKeyIssue {
  path: (string | number)[];
  message: string;
}

/**
 * A key or value of the KMS encryption context: 1–2000 characters, not only spaces; and for
 * a custom resource, printable ASCII (space to tilde) only.
 */
function contextEntryProblem(
  what: 'key' | 'value',
  text: string,
  characters: ContextCharacters,
): string | undefined {
  if (!text) return `Enter a ${what}.`;
  if (characters === 'printable-ascii') {
    const other = [...text].find((ch) => ch < ' ' || ch > '~');
    if (other !== undefined) {
      const shown =
        other < ' '
          ? `a control character (U+${other.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`
          : `"${other}"`;
      return `The ${what} can use only printable ASCII characters: letters, digits, spaces and punctuation such as - _ . : /. It has ${shown}.`;
    }
  }
  if (!/\S/.test(text)) return `The ${what} cannot be only spaces.`;
  if (text.length > MAX_CONTEXT_ENTRY_LENGTH)
    return `The ${what} can be at most ${MAX_CONTEXT_ENTRY_LENGTH} characters; it has ${text.length}.`;
  return undefined;
}

/** Each problem of the encryption context, on the pair and part to change. */
export function encryptionContextIssues(
  pairs: EncryptionContextPairs,
  characters: ContextCharacters = 'any',
): KmsKeyIssue[] {
  const issues: KmsKeyIssue[] = [];
  if (pairs.length > MAX_CONTEXT_PAIRS)
    issues.push({
      path: ['encryptionContext'],
      message: `Up to ${MAX_CONTEXT_PAIRS} pairs are allowed.`,
    });
  const seen = new Set<string>();
  pairs.forEach((entry, index) => {
    const keyProblem = contextEntryProblem('key', entry.key, characters);
    if (keyProblem) issues.push({ path: ['encryptionContext', index, 'key'], message: keyProblem });
    else if (seen.has(entry.key))
      issues.push({
        path: ['encryptionContext', index, 'key'],
        message: `The key "${entry.key}" is already used.`,
      });
    seen.add(entry.key);
    const valueProblem = contextEntryProblem('value', entry.value, characters);
    if (valueProblem)
      issues.push({ path: ['encryptionContext', index, 'value'], message: valueProblem });
  });
  return issues;
}

/** Each problem of the panel's values, with encryption on, on the field to change. */
export function kmsKeyIssues(values: KmsKeyFieldValues, scope: KmsKeyScope): KmsKeyIssue[] {
  const issues: KmsKeyIssue[] = [];
  if (values.kmsKeySource === 'current') {
    if (!values.kmsKeyId)
      issues.push({ path: ['kmsKeyId'], message: 'Choose a KMS key, or turn off Encryption.' });
  } else {
    const arn = checkKmsArn(values.kmsKeyArn, scope);
    if (!arn.ok) issues.push({ path: ['kmsKeyArn'], message: arn.message });
  }
  return [...issues, ...encryptionContextIssues(values.encryptionContext, scope.contextCharacters)];
}

/** The key as the request names it: the listed key's ID, or the ARN as typed; none when empty. */
export function kmsKeyReference(values: KmsKeyFieldValues): string | undefined {
  const reference = values.kmsKeySource === 'current' ? values.kmsKeyId : values.kmsKeyArn.trim();
  return reference || undefined;
}

/** The pairs as KMS takes them, or none when there are none. */
export function encryptionContextOf(
  pairs: EncryptionContextPairs,
): Record<string, string> | undefined {
  return pairs.length > 0
    ? Object.fromEntries(pairs.map((entry) => [entry.key, entry.value]))
    : undefined;
}
