import type { CreateVocabularyRequest } from '@aws-sdk/client-transcribe';
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

export const vocabularyInfo = resourceKinds.vocabulary;
export const VOCABULARY_FILE_NOUN = 'vocabulary file';

const shape = { ...resourceFieldsShape, ...sourceFieldsShape };
export type VocabularyFormValues = z.infer<z.ZodObject<typeof shape>>;

export const emptyVocabularyValues: VocabularyFormValues = {
  ...emptyResourceFields('en-US'),
  ...emptySourceFields,
};

export const vocabularyFieldOrder = [
  ...resourceFieldOrder.head,
  ...sourceFieldOrder,
  ...resourceFieldOrder.encryption,
  ...resourceFieldOrder.tail,
];

export function vocabularyIssues(values: VocabularyFormValues, scope: KmsKeyScope): KmsKeyIssue[] {
  return [
    ...resourceIssues(values, scope, { noun: vocabularyInfo.noun, roleRequired: false }),
    ...sourceIssues(values, 'phrase', VOCABULARY_FILE_NOUN),
  ];
}

export const vocabularySchema = (scope: KmsKeyScope) =>
  z.object(shape).superRefine((values, ctx) => {
    for (const issue of vocabularyIssues(values, scope))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** The request: the phrases or the file, and with encryption the key ARN, context and role. */
export function toCreateVocabularyInput(
  values: VocabularyFormValues,
  keyArn: string | undefined,
): CreateVocabularyRequest {
  const { terms, uri } = termsOrUri(values);
  return {
    VocabularyName: values.name,
    LanguageCode: values.languageCode as CreateVocabularyRequest['LanguageCode'],
    Phrases: terms,
    VocabularyFileUri: uri,
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

type Field = keyof VocabularyFormValues | 'kmsKeyId' | 'kmsKeyArn';

/** Where Transcribe's refusals go on this page. */
export const vocabularyPlacement = (values: VocabularyFormValues): PlacementRules<Field> => {
  const keyField = keyFieldOf(values.kmsKeySource);
  const sourceField = values.inputSource === 'list' ? 'terms' : 'fileUri';
  return {
    noun: vocabularyInfo.noun,
    name: values.name,
    members: {
      vocabularyname: 'name',
      languagecode: 'languageCode',
      phrases: sourceField,
      vocabularyfileuri: sourceField,
      dataaccessrolearn: 'roleArn',
      encryptionconfiguration: keyField,
      tags: 'tags',
    },
    sentences: [
      [/KMSKey|KMS key/, keyField],
      [/DataAccessRoleArn|role/i, 'roleArn'],
      [/VocabularyFileUri|Phrases|phrase|S3 URI/i, sourceField],
    ],
    nameField: 'name',
    roleField: 'roleArn',
  };
};
