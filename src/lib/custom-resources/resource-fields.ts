import { z } from 'zod';
import type { KmsKeyResource, KmsKeyScope } from '@/lib/kms-key/kms-key-arn';
import { keyIdPattern } from '@/lib/kms-key/kms-key-arn';
import {
  emptyKmsKeyFields,
  kmsKeyFieldOrder,
  kmsKeyFieldsShape,
  kmsKeyIssues,
  type KmsKeyIssue,
} from '@/lib/kms-key/kms-key-fields';
import { tagIssues, tagsShape } from '@/lib/form/tags';
import { roleArnProblem } from './role-arn';

/*
 * What the three create pages (vocabulary, vocabulary filter, language model) share: the
 * name, the language, the tags and "Encryption - optional" (the KMS key panel's fields and
 * the IAM role ARN). Each page spreads `resourceFieldsShape` into its own zod shape and adds
 * `resourceIssues` in its schema.
 */

export const resourceFieldsShape = {
  name: z.string(),
  languageCode: z.string(),
  encryption: z.boolean(),
  /** DataAccessRoleArn: shown with encryption (a language model's is always required). */
  roleArn: z.string(),
  ...kmsKeyFieldsShape,
  tags: tagsShape,
};

export type ResourceFieldValues = z.infer<z.ZodObject<typeof resourceFieldsShape>>;

export const emptyResourceFields = (languageCode: string): ResourceFieldValues => ({
  name: '',
  languageCode,
  encryption: false,
  roleArn: '',
  ...emptyKmsKeyFields,
  tags: [],
});

/** The fields of the shared parts in page order: name and language first, encryption, tags. */
export const resourceFieldOrder = {
  head: ['name', 'languageCode'],
  encryption: ['roleArn', ...kmsKeyFieldOrder],
  tail: ['tags'],
} as const;

/** Where a custom resource's key must be, and its context's characters (printable ASCII). */
export function resourceScope(
  resource: KmsKeyResource,
  region: string,
  accountId: string | undefined,
): KmsKeyScope {
  return { region, accountId, resource, contextCharacters: 'printable-ascii' };
}

export const nameConstraintFor = (noun: string) =>
  `Up to 200 characters, unique among your ${noun} names in this Region. Valid characters: letters (a–z, A–Z), digits (0–9), periods (.), underscores (_) and hyphens (-). No spaces.`;

export function resourceNameProblem(name: string, noun: string): string | undefined {
  if (!name) return `Enter a name for the ${noun}.`;
  if (name.length > 200) return `The name can be at most 200 characters; it has ${name.length}.`;
  if (/\s/.test(name)) return 'The name cannot contain spaces.';
  const bad = [...new Set(name.replace(/[0-9a-zA-Z._-]/g, ''))];
  if (bad.length)
    return `The name cannot contain ${bad.map((c) => `"${c}"`).join(', ')}. Use only letters, digits, periods (.), underscores (_) and hyphens (-).`;
  return undefined;
}

/**
 * A key typed under "Key from a different account" that is not an ARN. Transcribe takes a
 * full key ARN for a custom resource (the console resolves an alias ARN to one); a key ID or
 * alias name names no account or Region.
 */
export function keyReferenceProblem(typed: string): string | undefined {
  const value = typed.trim();
  if (keyIdPattern.test(value))
    return `${value} is a key ID. Transcribe takes a full key ARN here (arn:aws:kms:REGION:ACCOUNT:key/${value}): a key ID names no account or Region. Choose the key under "Key from current account", or enter its ARN.`;
  if (value.startsWith('alias/'))
    return `${value} is an alias name. Transcribe takes a full key ARN here: enter the alias ARN (arn:aws:kms:REGION:ACCOUNT:${value}), which this page resolves to its key ARN, or the key ARN.`;
  return undefined;
}

/** Each problem of the shared fields, on the field to change. */
export function resourceIssues(
  values: ResourceFieldValues,
  scope: KmsKeyScope,
  options: { noun: string; roleRequired: boolean },
): KmsKeyIssue[] {
  const issues: KmsKeyIssue[] = [];
  const name = resourceNameProblem(values.name, options.noun);
  if (name) issues.push({ path: ['name'], message: name });
  if (options.roleRequired || values.encryption) {
    const role = roleArnProblem(values.roleArn);
    if (role) issues.push({ path: ['roleArn'], message: role });
  }
  if (values.encryption) {
    const typed =
      values.kmsKeySource === 'other' ? keyReferenceProblem(values.kmsKeyArn) : undefined;
    for (const issue of kmsKeyIssues(values, scope))
      if (!(typed && issue.path[0] === 'kmsKeyArn')) issues.push(issue);
    if (typed) issues.push({ path: ['kmsKeyArn'], message: typed });
  }
  return [...issues, ...tagIssues(values.tags)];
}
