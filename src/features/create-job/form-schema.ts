import { z } from 'zod';
import type { KmsKeyScope } from '@/lib/kms-key/kms-key-arn';
import {
  emptyKmsKeyFields,
  kmsKeyFieldOrder,
  kmsKeyFieldsShape,
  kmsKeyIssues,
} from '@/lib/kms-key/kms-key-fields';
import {
  isTranscribeLanguageCode,
  defaultLanguageCode,
  mediaFormats,
} from '@/lib/transcribe/languages';
import { checkMediaUri, checkOutputUri } from '@/lib/s3/s3-uri';
import { type CustomResourceCatalog, jobOptionIssues } from './job-option-rules';
import { emptyJobOptions, jobOptionFieldOrder, jobOptionsShape } from './job-options';

export const MAX_TAGS = 50;

const pair = z.object({ key: z.string(), value: z.string() });

/** The shape of the form's values, as react-hook-form holds them and the draft stores them. */
export const formValuesShape = z.object({
  name: z.string(),
  languageMode: z.enum(['specific', 'identify', 'identify-multiple']),
  languageCode: z.string(),
  languageOptions: z.array(z.string()),
  mediaUri: z.string(),
  mediaFormat: z.union([z.enum(mediaFormats), z.literal('')]),
  outputLocationType: z.enum(['service', 'customer']),
  outputUri: z.string(),
  encryption: z.boolean(),
  ...kmsKeyFieldsShape,
  ...jobOptionsShape,
  tags: z.array(pair),
});

export type CreateJobFormValues = z.infer<typeof formValuesShape>;
export type CreateJobFieldName =
  | keyof CreateJobFormValues
  | `encryptionContext.${number}.${'key' | 'value'}`
  | `tags.${number}.${'key' | 'value'}`
  | `languageIdSettings.${string}.${'vocabularyName' | 'vocabularyFilterName'}`;

export const emptyFormValues: CreateJobFormValues = {
  name: '',
  languageMode: 'specific',
  languageCode: defaultLanguageCode,
  languageOptions: [],
  mediaUri: '',
  mediaFormat: '',
  outputLocationType: 'service',
  outputUri: '',
  encryption: false,
  ...emptyKmsKeyFields,
  ...emptyJobOptions,
  tags: [],
};

export const nameConstraint =
  'Up to 200 characters. Valid characters: letters (a–z, A–Z), digits (0–9), periods (.), underscores (_) and hyphens (-). No spaces.';

export function nameProblem(name: string): string | undefined {
  if (!name) return 'Enter a name for the job.';
  if (name.length > 200) return `The name can be at most 200 characters; it has ${name.length}.`;
  if (/\s/.test(name)) return 'The name cannot contain spaces.';
  const bad = [...new Set(name.replace(/[0-9a-zA-Z._-]/g, ''))];
  if (bad.length)
    return `The name cannot contain ${bad.map((c) => `"${c}"`).join(', ')}. Use only letters, digits, periods (.), underscores (_) and hyphens (-).`;
  return undefined;
}

function tagProblem(tag: { key: string; value: string }): { key?: string; value?: string } {
  const problems: { key?: string; value?: string } = {};
  if (!tag.key) problems.key = 'Enter a tag key.';
  else if (tag.key.length > 128)
    problems.key = `A tag key can be at most 128 characters; it has ${tag.key.length}.`;
  else if (tag.key.toLowerCase().startsWith('aws:'))
    problems.key = 'Tag keys starting with "aws:" are reserved for AWS.';
  if (tag.value.length > 256)
    problems.value = `A tag value can be at most 256 characters; it has ${tag.value.length}.`;
  return problems;
}

/**
 * The job's Region (from the runtime configuration), when known the signed-in account, and
 * the custom resources whose lists have loaded (a vocabulary, filter or model chosen from them
 * is checked for its language and state).
 */
export type SchemaContext = KmsKeyScope & { resources?: CustomResourceCatalog };

/** Said on "Output location type" as soon as both are chosen, and again on submit. */
export const KMS_KEY_NEEDS_CUSTOMER_BUCKET =
  'A KMS key needs a customer specified S3 bucket: choose "Customer specified S3 bucket", or turn off Encryption.';

/**
 * The one schema behind field errors, the request and its preview. Every rule lives in one
 * refinement so each issue lands on the field the analyst has to change.
 */
export function createJobSchema(context: SchemaContext) {
  return formValuesShape.superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    const name = nameProblem(values.name);
    if (name) issue(['name'], name);

    if (values.languageMode === 'specific') {
      if (!isTranscribeLanguageCode(values.languageCode))
        issue(['languageCode'], 'Choose the language spoken in the media file.');
    } else {
      const unknown = values.languageOptions.filter((code) => !isTranscribeLanguageCode(code));
      if (unknown.length)
        issue(['languageOptions'], `Unknown language codes: ${unknown.join(', ')}.`);
      else if (values.languageOptions.length === 1)
        issue(
          ['languageOptions'],
          'Choose at least two language options, or none to let Transcribe consider every language.',
        );
    }

    const media = checkMediaUri(values.mediaUri);
    if (!media.ok) issue(['mediaUri'], media.message);

    if (values.outputLocationType === 'customer') {
      const output = checkOutputUri(values.outputUri);
      if (!output.ok) issue(['outputUri'], output.message);
    } else if (values.encryption) {
      issue(['outputLocationType'], KMS_KEY_NEEDS_CUSTOMER_BUCKET);
    }

    if (values.encryption)
      for (const { path, message } of kmsKeyIssues(values, context)) issue(path, message);

    for (const { path, message } of jobOptionIssues(values, context.resources))
      issue(path, message);

    if (values.tags.length > MAX_TAGS) issue(['tags'], `Up to ${MAX_TAGS} tags are allowed.`);
    const tagKeys = new Set<string>();
    values.tags.forEach((tag, index) => {
      const problems = tagProblem(tag);
      if (problems.key) issue(['tags', index, 'key'], problems.key);
      else if (tagKeys.has(tag.key))
        issue(['tags', index, 'key'], `The tag key "${tag.key}" is already used.`);
      tagKeys.add(tag.key);
      if (problems.value) issue(['tags', index, 'value'], problems.value);
    });
  });
}

/** Field order on the page, so "focus the first bad field" means the first one seen. */
export const fieldOrder: readonly string[] = [
  'name',
  'languageCode',
  'languageOptions',
  'modelType',
  'languageModelName',
  'mediaUri',
  'mediaFormat',
  'outputLocationType',
  'outputUri',
  ...kmsKeyFieldOrder,
  ...jobOptionFieldOrder,
  'tags',
];

/** The first error path in page order, e.g. `encryptionContext.2.value`. */
export function firstErrorPath(paths: readonly string[]): string | undefined {
  const rank = (path: string) => {
    const top = path.split('.')[0] ?? path;
    const index = fieldOrder.indexOf(top);
    return index === -1 ? fieldOrder.length : index;
  };
  return [...paths].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }),
  )[0];
}
