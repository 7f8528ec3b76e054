import type { CLMLanguageCode, CreateLanguageModelRequest } from '@aws-sdk/client-transcribe';
import type { SelectProps } from '@cloudscape-design/components/select';
import { z } from 'zod';
import { tagsOf } from '@/lib/form/tags';
import { encryptionContextOf, keyFieldOf, type KmsKeyIssue } from '@/lib/kms-key/kms-key-fields';
import type { KmsKeyScope } from '@/lib/kms-key/kms-key-arn';
import { checkS3FolderUri } from '@/lib/s3/s3-uri';
import {
  emptyResourceFields,
  resourceFieldOrder,
  resourceFieldsShape,
  resourceIssues,
} from '@/lib/custom-resources/resource-fields';
import { resourceKinds } from '@/lib/custom-resources/resource-kinds';
import type { PlacementRules } from '@/lib/custom-resources/submit-error';
import { languageName } from '@/lib/transcribe/languages';

export const modelInfo = resourceKinds['language-model'];

/** The languages a custom language model can be trained for (CLMLanguageCode). */
export const modelLanguages = ['en-US', 'en-GB', 'en-AU', 'es-US', 'de-DE', 'hi-IN', 'ja-JP'];
export const modelLanguageOptions: SelectProps.Option[] = modelLanguages.map((code) => ({
  value: code,
  label: languageName(code),
  description: code,
}));

const shape = {
  ...resourceFieldsShape,
  baseModel: z.enum(['NarrowBand', 'WideBand']),
  trainingUri: z.string(),
  tuningUri: z.string(),
};
export type LanguageModelFormValues = z.infer<z.ZodObject<typeof shape>>;

export const emptyModelValues: LanguageModelFormValues = {
  ...emptyResourceFields('en-US'),
  baseModel: 'WideBand',
  trainingUri: '',
  tuningUri: '',
};

export const modelFieldOrder = [
  ...resourceFieldOrder.head,
  'baseModel',
  'trainingUri',
  'tuningUri',
  ...resourceFieldOrder.encryption,
  ...resourceFieldOrder.tail,
];

export function modelIssues(values: LanguageModelFormValues, scope: KmsKeyScope): KmsKeyIssue[] {
  const issues = resourceIssues(values, scope, { noun: modelInfo.noun, roleRequired: true });
  const training = checkS3FolderUri(values.trainingUri, 'training data');
  if (!training.ok) issues.push({ path: ['trainingUri'], message: training.message });
  if (values.tuningUri.trim()) {
    const tuning = checkS3FolderUri(values.tuningUri, 'tuning data');
    if (!tuning.ok) issues.push({ path: ['tuningUri'], message: tuning.message });
  }
  return issues;
}

export const modelSchema = (scope: KmsKeyScope) =>
  z.object(shape).superRefine((values, ctx) => {
    for (const issue of modelIssues(values, scope))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** The request: the data and the role that reads it, and with encryption the key ARN. */
export function toCreateLanguageModelInput(
  values: LanguageModelFormValues,
  keyArn: string | undefined,
): CreateLanguageModelRequest {
  return {
    ModelName: values.name,
    LanguageCode: values.languageCode as CLMLanguageCode,
    BaseModelName: values.baseModel,
    InputDataConfig: {
      S3Uri: values.trainingUri.trim(),
      TuningDataS3Uri: values.tuningUri.trim() || undefined,
      DataAccessRoleArn: values.roleArn,
    },
    ...(values.encryption && keyArn
      ? {
          EncryptionConfiguration: {
            KMSKey: keyArn,
            KMSEncryptionContext: encryptionContextOf(values.encryptionContext),
          },
        }
      : {}),
    Tags: tagsOf(values.tags),
  };
}

type Field = keyof LanguageModelFormValues | 'kmsKeyId' | 'kmsKeyArn';

/** Where Transcribe's refusals go on this page. */
export const modelPlacement = (values: LanguageModelFormValues): PlacementRules<Field> => {
  const keyField = keyFieldOf(values.kmsKeySource);
  return {
    noun: modelInfo.noun,
    name: values.name,
    members: {
      modelname: 'name',
      languagecode: 'languageCode',
      basemodelname: 'baseModel',
      'inputdataconfig.s3uri': 'trainingUri',
      'inputdataconfig.tuningdatas3uri': 'tuningUri',
      'inputdataconfig.dataaccessrolearn': 'roleArn',
      encryptionconfiguration: keyField,
      tags: 'tags',
    },
    sentences: [
      [/KMSKey|KMS key/, keyField],
      [/TuningDataS3Uri/, 'tuningUri'],
      [/S3Uri|training/i, 'trainingUri'],
      [/DataAccessRoleArn|role/i, 'roleArn'],
    ],
    nameField: 'name',
    roleField: 'roleArn',
  };
};
