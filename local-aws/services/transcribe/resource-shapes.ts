import type { Shape, ShapeName } from './shapes';

/**
 * The constraints of the custom vocabulary, vocabulary filter and custom language model
 * operations, transcribed once (Nov 2026) from the service model
 * `transcribe/2017-10-26/service-2.json` (botocore 1.45.x), with EncryptionConfiguration from
 * the API reference and `@aws-sdk/client-transcribe` 3.1141 (botocore predates it). Member
 * order is the model's: validation errors list problems in that order.
 */

export const VOCABULARY_STATES = ['PENDING', 'READY', 'FAILED'] as const;
export const MODEL_STATUSES = ['IN_PROGRESS', 'FAILED', 'COMPLETED'] as const;
export const BASE_MODEL_NAMES = ['NarrowBand', 'WideBand'] as const;
/** The languages a custom language model can be trained in (the model's CLMLanguageCode). */
export const CLM_LANGUAGE_CODES = [
  'en-US',
  'hi-IN',
  'es-US',
  'en-GB',
  'en-AU',
  'de-DE',
  'ja-JP',
] as const;

export type ResourceShapeName =
  | 'CreateVocabularyRequest'
  | 'GetVocabularyRequest'
  | 'ListVocabulariesRequest'
  | 'UpdateVocabularyRequest'
  | 'DeleteVocabularyRequest'
  | 'CreateVocabularyFilterRequest'
  | 'GetVocabularyFilterRequest'
  | 'ListVocabularyFiltersRequest'
  | 'UpdateVocabularyFilterRequest'
  | 'DeleteVocabularyFilterRequest'
  | 'CreateLanguageModelRequest'
  | 'DescribeLanguageModelRequest'
  | 'ListLanguageModelsRequest'
  | 'DeleteLanguageModelRequest'
  | 'Phrases'
  | 'Phrase'
  | 'Words'
  | 'Word'
  | 'VocabularyState'
  | 'ModelStatus'
  | 'CLMLanguageCode'
  | 'BaseModelName'
  | 'InputDataConfig'
  | 'EncryptionConfiguration'
  | 'ResourceEncryptionContextMap'
  | 'ResourceEncryptionContextString';

/** Every shape name the validator knows: the jobs' and the custom resources'. */
export type AnyShapeName = ShapeName | ResourceShapeName;

const vocabularyName = { VocabularyName: 'VocabularyName' } as const;
const filterName = { VocabularyFilterName: 'VocabularyFilterName' } as const;
const modelName = { ModelName: 'ModelName' } as const;

export const resourceShapes: Record<ResourceShapeName, Shape<AnyShapeName>> = {
  CreateVocabularyRequest: {
    type: 'structure',
    members: {
      ...vocabularyName,
      LanguageCode: 'LanguageCode',
      Phrases: 'Phrases',
      VocabularyFileUri: 'Uri',
      Tags: 'TagList',
      DataAccessRoleArn: 'DataAccessRoleArn',
      EncryptionConfiguration: 'EncryptionConfiguration',
    },
    required: ['VocabularyName', 'LanguageCode'],
  },
  GetVocabularyRequest: {
    type: 'structure',
    members: vocabularyName,
    required: ['VocabularyName'],
  },
  ListVocabulariesRequest: {
    type: 'structure',
    members: {
      NextToken: 'NextToken',
      MaxResults: 'MaxResults',
      StateEquals: 'VocabularyState',
      NameContains: 'VocabularyName',
    },
  },
  UpdateVocabularyRequest: {
    type: 'structure',
    members: {
      ...vocabularyName,
      LanguageCode: 'LanguageCode',
      Phrases: 'Phrases',
      VocabularyFileUri: 'Uri',
      DataAccessRoleArn: 'DataAccessRoleArn',
      EncryptionConfiguration: 'EncryptionConfiguration',
    },
    required: ['VocabularyName', 'LanguageCode'],
  },
  DeleteVocabularyRequest: {
    type: 'structure',
    members: vocabularyName,
    required: ['VocabularyName'],
  },
  CreateVocabularyFilterRequest: {
    type: 'structure',
    members: {
      ...filterName,
      LanguageCode: 'LanguageCode',
      Words: 'Words',
      VocabularyFilterFileUri: 'Uri',
      Tags: 'TagList',
      DataAccessRoleArn: 'DataAccessRoleArn',
      EncryptionConfiguration: 'EncryptionConfiguration',
    },
    required: ['VocabularyFilterName', 'LanguageCode'],
  },
  GetVocabularyFilterRequest: {
    type: 'structure',
    members: filterName,
    required: ['VocabularyFilterName'],
  },
  ListVocabularyFiltersRequest: {
    type: 'structure',
    members: {
      NextToken: 'NextToken',
      MaxResults: 'MaxResults',
      NameContains: 'VocabularyFilterName',
    },
  },
  UpdateVocabularyFilterRequest: {
    type: 'structure',
    members: {
      ...filterName,
      Words: 'Words',
      VocabularyFilterFileUri: 'Uri',
      DataAccessRoleArn: 'DataAccessRoleArn',
      EncryptionConfiguration: 'EncryptionConfiguration',
    },
    required: ['VocabularyFilterName'],
  },
  DeleteVocabularyFilterRequest: {
    type: 'structure',
    members: filterName,
    required: ['VocabularyFilterName'],
  },
  CreateLanguageModelRequest: {
    type: 'structure',
    members: {
      LanguageCode: 'CLMLanguageCode',
      BaseModelName: 'BaseModelName',
      ...modelName,
      InputDataConfig: 'InputDataConfig',
      Tags: 'TagList',
      EncryptionConfiguration: 'EncryptionConfiguration',
    },
    required: ['LanguageCode', 'BaseModelName', 'ModelName', 'InputDataConfig'],
  },
  DescribeLanguageModelRequest: { type: 'structure', members: modelName, required: ['ModelName'] },
  ListLanguageModelsRequest: {
    type: 'structure',
    members: {
      StatusEquals: 'ModelStatus',
      NameContains: 'ModelName',
      NextToken: 'NextToken',
      MaxResults: 'MaxResults',
    },
  },
  DeleteLanguageModelRequest: { type: 'structure', members: modelName, required: ['ModelName'] },
  Phrases: { type: 'list', member: 'Phrase' },
  Phrase: { type: 'string', min: 0, max: 256, pattern: '.+' },
  Words: { type: 'list', member: 'Word', min: 1 },
  Word: { type: 'string', min: 1, max: 256 },
  VocabularyState: { type: 'string', enum: VOCABULARY_STATES },
  ModelStatus: { type: 'string', enum: MODEL_STATUSES },
  CLMLanguageCode: { type: 'string', enum: CLM_LANGUAGE_CODES },
  BaseModelName: { type: 'string', enum: BASE_MODEL_NAMES },
  InputDataConfig: {
    type: 'structure',
    members: { S3Uri: 'Uri', TuningDataS3Uri: 'Uri', DataAccessRoleArn: 'DataAccessRoleArn' },
    required: ['S3Uri', 'DataAccessRoleArn'],
  },
  EncryptionConfiguration: {
    type: 'structure',
    members: { KMSKey: 'KMSKeyId', KMSEncryptionContext: 'ResourceEncryptionContextMap' },
    required: ['KMSKey'],
  },
  ResourceEncryptionContextMap: {
    type: 'map',
    max: 10,
    key: 'ResourceEncryptionContextString',
    value: 'ResourceEncryptionContextString',
  },
  ResourceEncryptionContextString: {
    type: 'string',
    min: 1,
    max: 2000,
    pattern: '^[\\x20-\\x7E]+$',
  },
};
