import { describeAwsError } from '@/lib/aws/errors';
import { keyFieldOf } from '@/lib/kms-key/kms-key-fields';
import type { CreateJobFormValues } from './form-schema';

/** Where a failed StartTranscriptionJob goes: onto a field, or into an alert above the actions. */
export type SubmitErrorPlacement =
  | { kind: 'field'; field: keyof CreateJobFormValues; message: string }
  | { kind: 'alert'; header: string; message: string }
  | { kind: 'session-expired'; message: string };

// Members as AWS names them in validation messages (`at 'outputEncryptionKMSKeyId'`).
const memberToField: Record<string, keyof CreateJobFormValues | 'kmsKey'> = {
  transcriptionjobname: 'name',
  'media.mediafileuri': 'mediaUri',
  media: 'mediaUri',
  mediaformat: 'mediaFormat',
  languagecode: 'languageCode',
  languageoptions: 'languageOptions',
  identifylanguage: 'languageCode',
  outputbucketname: 'outputUri',
  outputkey: 'outputUri',
  outputencryptionkmskeyid: 'kmsKey',
  kmsencryptioncontext: 'encryptionContext',
  tags: 'tags',
};

/**
 * The field of the custom resource a refusal is about: StartTranscriptionJob's
 * BadRequestException for a vocabulary, filter or model that does not exist, is not ready, or
 * is in another language names it in its first words ("The vocabulary filter x is …", "The
 * requested language model couldn't be found"). Only with a specific language: with language
 * identification the resources are per language, and the message stays in the alert.
 */
export function customResourceFieldOf(
  message: string,
  languageMode: CreateJobFormValues['languageMode'],
): 'vocabularyName' | 'vocabularyFilterName' | 'languageModelName' | undefined {
  if (languageMode !== 'specific') return undefined;
  const noun = /^The (?:requested )?(vocabulary filter|vocabulary|language model)\b/.exec(
    message,
  )?.[1];
  if (noun === 'vocabulary filter') return 'vocabularyFilterName';
  if (noun === 'vocabulary') return 'vocabularyName';
  if (noun === 'language model') return 'languageModelName';
  return undefined;
}

/** The member named by a validation message, lower-cased, e.g. `outputencryptionkmskeyid`. */
export function memberOfValidationMessage(message: string): string | undefined {
  const match = /\bat '([^']+)'/.exec(message);
  if (!match?.[1]) return undefined;
  // Nested members: `tags.1.member.key` → `tags`; `media.mediaFileUri` stays whole.
  const member = match[1].toLowerCase();
  if (member in memberToField) return member;
  const top = member.split('.')[0] ?? member;
  return top in memberToField ? top : member;
}

export function placeSubmitError(
  error: unknown,
  values: Pick<CreateJobFormValues, 'name' | 'kmsKeySource' | 'languageMode'>,
): SubmitErrorPlacement {
  const described = describeAwsError(error);
  const code = described.code ? ` (${described.code})` : '';
  switch (described.kind) {
    case 'conflict':
      return {
        kind: 'field',
        field: 'name',
        message: `A job named "${values.name}" already exists. Choose another name.`,
      };
    case 'validation': {
      const member = memberOfValidationMessage(described.message);
      const field = member ? memberToField[member] : undefined;
      if (field)
        return {
          kind: 'field',
          field: field === 'kmsKey' ? keyFieldOf(values.kmsKeySource) : field,
          message: `Amazon Transcribe refused this value: ${described.message}`,
        };
      const resourceField = customResourceFieldOf(described.message, values.languageMode);
      if (resourceField)
        return {
          kind: 'field',
          field: resourceField,
          message: `Amazon Transcribe refused the job: ${described.message}`,
        };
      return {
        kind: 'alert',
        header: 'Amazon Transcribe refused the request',
        message: `${described.message}${code}`,
      };
    }
    case 'access-denied':
      return {
        kind: 'alert',
        header: 'You are not allowed to create this job',
        message: `AWS denied access${code}: ${described.message}`,
      };
    case 'throttled':
      return {
        kind: 'alert',
        header: 'Amazon Transcribe is throttling requests',
        message: `The job was not created: too many requests${code}. Wait a moment, then choose "Create job" again.`,
      };
    case 'network':
      return {
        kind: 'alert',
        header: 'The request did not reach Amazon Transcribe',
        message:
          'Network error: the job was not created. Check your connection, then choose "Create job" again.',
      };
    case 'session-expired':
      return {
        kind: 'session-expired',
        message: 'Your session has expired. Sign in again; your entries are kept.',
      };
    case 'server':
      return {
        kind: 'alert',
        header: 'Amazon Transcribe had an internal error',
        message: `The job was not created${code}: ${described.message}. Choose "Create job" to try again.`,
      };
    default:
      return {
        kind: 'alert',
        header: 'The job was not created',
        message: `${described.message}${code}`,
      };
  }
}
