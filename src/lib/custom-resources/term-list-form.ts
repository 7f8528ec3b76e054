import { z } from 'zod';
import type { KmsKeyScope } from '@/lib/kms-key/kms-key-arn';
import { keyFieldOf, type KmsKeyIssue } from '@/lib/kms-key/kms-key-fields';
import {
  emptyResourceFields,
  encryptionConfigurationOf,
  resourceFieldOrder,
  resourceFieldsShape,
  resourceIssues,
} from './resource-fields';
import type { ResourceKindInfo } from './resource-kinds';
import {
  emptySourceFields,
  sourceFieldOrder,
  sourceFieldsShape,
  sourceIssues,
} from './source-fields';
import type { PlacementRules } from './submit-error';
import type { TermKind } from './terms';

/*
 * The form of a custom vocabulary and of a vocabulary filter, which differ only in names:
 * name and language, the terms typed here or a file in S3, "Encryption - optional" with the
 * role, tags. A kind says what a term is and how its Create request names the members.
 */

export interface TermListKind {
  info: ResourceKindInfo;
  /** "phrase" (a vocabulary's), "word" (a filter's). */
  term: TermKind;
  /** What the S3 file is called in messages: "vocabulary file". */
  fileNoun: string;
  /** The Create request's members, as AWS spells them: the name, the typed terms, the file. */
  members: { name: string; terms: string; fileUri: string };
}

const shape = { ...resourceFieldsShape, ...sourceFieldsShape };
export type TermListFormValues = z.infer<z.ZodObject<typeof shape>>;
type Field = keyof TermListFormValues | 'kmsKeyId' | 'kmsKeyArn';

export const emptyTermListValues: TermListFormValues = {
  ...emptyResourceFields('en-US'),
  ...emptySourceFields,
};

export const termListFieldOrder = [
  ...resourceFieldOrder.head,
  ...sourceFieldOrder,
  ...resourceFieldOrder.encryption,
  ...resourceFieldOrder.tail,
];

export function termListIssues(
  kind: TermListKind,
  values: TermListFormValues,
  scope: KmsKeyScope,
): KmsKeyIssue[] {
  return [
    ...resourceIssues(values, scope, { noun: kind.info.noun, roleRequired: false }),
    ...sourceIssues(values, kind.term, kind.fileNoun),
  ];
}

export const termListSchema = (kind: TermListKind, scope: KmsKeyScope) =>
  z.object(shape).superRefine((values, ctx) => {
    for (const issue of termListIssues(kind, values, scope))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/**
 * With encryption, the members a vocabulary's or filter's Create request adds: the role and
 * the key ARN with its context. The rest each feature builds, typed by its own request.
 */
export function roleAndEncryptionOf(values: TermListFormValues, keyArn: string | undefined) {
  const encryption = encryptionConfigurationOf(values, keyArn);
  return encryption
    ? { DataAccessRoleArn: values.roleArn, EncryptionConfiguration: encryption }
    : {};
}

/** Where Transcribe's refusals go on the page: by the member they name, else by their words. */
export function termListPlacement(
  kind: TermListKind,
  values: TermListFormValues,
): PlacementRules<Field> {
  const keyField = keyFieldOf(values.kmsKeySource);
  const sourceField = values.inputSource === 'list' ? 'terms' : 'fileUri';
  const { name, terms, fileUri } = kind.members;
  return {
    noun: kind.info.noun,
    name: values.name,
    members: {
      [name.toLowerCase()]: 'name',
      languagecode: 'languageCode',
      [terms.toLowerCase()]: sourceField,
      [fileUri.toLowerCase()]: sourceField,
      dataaccessrolearn: 'roleArn',
      encryptionconfiguration: keyField,
      tags: 'tags',
    },
    sentences: [
      [/KMSKey|KMS key/, keyField],
      [/DataAccessRoleArn|role/i, 'roleArn'],
      [new RegExp(`${fileUri}|${terms}|${kind.term}|S3 URI`, 'i'), sourceField],
    ],
    nameField: 'name',
    roleField: 'roleArn',
  };
}
