import type { CreateVocabularyFilterRequest } from '@aws-sdk/client-transcribe';
import { z } from 'zod';
import { tagsOf } from '@/lib/form/tags';
import { encryptionContextOf, keyFieldOf, type KmsKeyIssue } from '@/lib/kms-key/kms-key-fields';
import type { KmsKeyScope } from '@/lib/kms-key/kms-key-arn';
import {
  emptyResourceFields,
  resourceFieldOrder,
  resourceFieldsShape,
  resourceIssues,
} from '@/lib/custom-resources/resource-fields';
import { resourceKinds } from '@/lib/custom-resources/resource-kinds';
import {
  emptySourceFields,
  sourceFieldOrder,
  sourceFieldsShape,
  sourceIssues,
  termsOrUri,
} from '@/lib/custom-resources/source-fields';
import type { PlacementRules } from '@/lib/custom-resources/submit-error';

export const filterInfo = resourceKinds['vocabulary-filter'];
export const FILTER_FILE_NOUN = 'word list file';

const shape = { ...resourceFieldsShape, ...sourceFieldsShape };
export type VocabularyFilterFormValues = z.infer<z.ZodObject<typeof shape>>;

export const emptyFilterValues: VocabularyFilterFormValues = {
  ...emptyResourceFields('en-US'),
  ...emptySourceFields,
};

export const filterFieldOrder = [
  ...resourceFieldOrder.head,
  ...sourceFieldOrder,
  ...resourceFieldOrder.encryption,
  ...resourceFieldOrder.tail,
];

export function filterIssues(
  values: VocabularyFilterFormValues,
  scope: KmsKeyScope,
): KmsKeyIssue[] {
  return [
    ...resourceIssues(values, scope, { noun: filterInfo.noun, roleRequired: false }),
    ...sourceIssues(values, 'word', FILTER_FILE_NOUN),
  ];
}

export const filterSchema = (scope: KmsKeyScope) =>
  z.object(shape).superRefine((values, ctx) => {
    for (const issue of filterIssues(values, scope))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** The request: the words or the file, and with encryption the key ARN, context and role. */
export function toCreateVocabularyFilterInput(
  values: VocabularyFilterFormValues,
  keyArn: string | undefined,
): CreateVocabularyFilterRequest {
  const { terms, uri } = termsOrUri(values);
  return {
    VocabularyFilterName: values.name,
    LanguageCode: values.languageCode as CreateVocabularyFilterRequest['LanguageCode'],
    Words: terms,
    VocabularyFilterFileUri: uri,
    ...(values.encryption && keyArn
      ? {
          DataAccessRoleArn: values.roleArn,
          EncryptionConfiguration: {
            KMSKey: keyArn,
            KMSEncryptionContext: encryptionContextOf(values.encryptionContext),
          },
        }
      : {}),
    Tags: tagsOf(values.tags),
  };
}

type Field = keyof VocabularyFilterFormValues | 'kmsKeyId' | 'kmsKeyArn';

/** Where Transcribe's refusals go on this page. */
export const filterPlacement = (values: VocabularyFilterFormValues): PlacementRules<Field> => {
  const keyField = keyFieldOf(values.kmsKeySource);
  const sourceField = values.inputSource === 'list' ? 'terms' : 'fileUri';
  return {
    noun: filterInfo.noun,
    name: values.name,
    members: {
      vocabularyfiltername: 'name',
      languagecode: 'languageCode',
      words: sourceField,
      vocabularyfilterfileuri: sourceField,
      dataaccessrolearn: 'roleArn',
      encryptionconfiguration: keyField,
      tags: 'tags',
    },
    sentences: [
      [/KMSKey|KMS key/, keyField],
      [/DataAccessRoleArn|role/i, 'roleArn'],
      [/VocabularyFilterFileUri|Words|word|S3 URI/i, sourceField],
    ],
    nameField: 'name',
    roleField: 'roleArn',
  };
};
