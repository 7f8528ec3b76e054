import { describeAwsError } from '@/lib/aws/errors';

/** Where a failed create goes: onto a field, or into an alert above the actions. */
export type ResourceSubmitPlacement<F extends string> =
  | { kind: 'field'; field: F; message: string }
  | { kind: 'alert'; header: string; message: string }
  | { kind: 'session-expired'; message: string };

export interface PlacementRules<F extends string> {
  /** "vocabulary", "vocabulary filter", "language model". */
  noun: string;
  name: string;
  /** Members as validation messages name them, lower-cased (`encryptionconfiguration.kmskey`). */
  members: Record<string, F>;
  /** Transcribe's own sentences (no member named), by what they mention. */
  sentences: [RegExp, F][];
  nameField: F;
  roleField: F;
}

/** The member a validation message names, lower-cased, matched to the longest known prefix. */
function fieldOfMember<F extends string>(
  message: string,
  members: Record<string, F>,
): F | undefined {
  const member = /\bat '([^']+)'/.exec(message)?.[1]?.toLowerCase();
  if (!member) return undefined;
  const known = Object.keys(members)
    .filter((name) => member === name || member.startsWith(`${name}.`))
    .sort((a, b) => b.length - a.length)[0];
  return known === undefined ? undefined : members[known];
}

export function placeResourceSubmitError<F extends string>(
  error: unknown,
  rules: PlacementRules<F>,
): ResourceSubmitPlacement<F> {
  const described = describeAwsError(error);
  const code = described.code ? ` (${described.code})` : '';
  switch (described.kind) {
    case 'conflict':
      return {
        kind: 'field',
        field: rules.nameField,
        message: `A ${rules.noun} named "${rules.name}" already exists. Choose another name.`,
      };
    case 'validation': {
      const field =
        fieldOfMember(described.message, rules.members) ??
        rules.sentences.find(([pattern]) => pattern.test(described.message))?.[1];
      if (field)
        return {
          kind: 'field',
          field,
          message: `Amazon Transcribe refused this value: ${described.message}`,
        };
      return {
        kind: 'alert',
        header: 'Amazon Transcribe refused the request',
        message: `${described.message}${code}`,
      };
    }
    case 'access-denied':
      if (/iam:PassRole/.test(described.message))
        return {
          kind: 'field',
          field: rules.roleField,
          message: `You may not pass this role to Transcribe (iam:PassRole): ${described.message}`,
        };
      return {
        kind: 'alert',
        header: `You are not allowed to create this ${rules.noun}`,
        message: `AWS denied access${code}: ${described.message}`,
      };
    case 'throttled':
      return {
        kind: 'alert',
        header: 'Amazon Transcribe is throttling requests',
        message: `The ${rules.noun} was not created: too many requests${code}. Wait a moment, then try again.`,
      };
    case 'network':
      return {
        kind: 'alert',
        header: 'Amazon Transcribe could not be reached',
        message: `${described.message} Nothing you typed is lost.`,
      };
    case 'session-expired':
      return {
        kind: 'session-expired',
        message: 'Sign in again to continue; nothing you typed is lost.',
      };
    default:
      return {
        kind: 'alert',
        header: `The ${rules.noun} was not created`,
        message: `${described.message}${code}`,
      };
  }
}
