import type {
  GetVocabularyFilterResponse,
  GetVocabularyResponse,
  LanguageModel,
  VocabularyFilterInfo,
  VocabularyInfo,
} from '@aws-sdk/client-transcribe';
import type { World } from '../../core/types';
import { downloadUri } from './resource-downloads';
import type {
  StoredLanguageModel,
  StoredVocabulary,
  StoredVocabularyFilter,
} from './resource-model';

const date = (ms: number) => new Date(ms);

/** Drops undefined members so the JSON carries only what AWS would send. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** One entry of ListVocabularies (also what Update returns, with the same members). */
export const vocabularyInfo = (vocabulary: StoredVocabulary): VocabularyInfo =>
  compact({
    VocabularyName: vocabulary.name,
    LanguageCode: vocabulary.languageCode,
    LastModifiedTime: date(vocabulary.lastModifiedTime),
    VocabularyState: vocabulary.state,
  });

/** GetVocabulary: with the DownloadUri once the vocabulary is stored, and its encryption. */
export const describeVocabulary = (
  world: World,
  vocabulary: StoredVocabulary,
): GetVocabularyResponse =>
  compact({
    ...vocabularyInfo(vocabulary),
    FailureReason: vocabulary.failureReason,
    DownloadUri:
      vocabulary.state === 'READY' && vocabulary.artefact
        ? downloadUri(world, vocabulary)
        : undefined,
    DataAccessRoleArn: vocabulary.dataAccessRoleArn,
    EncryptionConfiguration: vocabulary.encryption,
  });

export const vocabularyFilterInfo = (filter: StoredVocabularyFilter): VocabularyFilterInfo =>
  compact({
    VocabularyFilterName: filter.name,
    LanguageCode: filter.languageCode,
    LastModifiedTime: date(filter.lastModifiedTime),
  });

export const describeVocabularyFilter = (
  world: World,
  filter: StoredVocabularyFilter,
): GetVocabularyFilterResponse =>
  compact({
    ...vocabularyFilterInfo(filter),
    DownloadUri: filter.artefact ? downloadUri(world, filter) : undefined,
    DataAccessRoleArn: filter.dataAccessRoleArn,
    EncryptionConfiguration: filter.encryption,
  });

/** DescribeLanguageModel's LanguageModel, which ListLanguageModels lists whole. */
export const describeLanguageModel = (model: StoredLanguageModel): LanguageModel =>
  compact({
    ModelName: model.name,
    CreateTime: date(model.creationTime),
    LastModifiedTime: date(model.lastModifiedTime),
    LanguageCode: model.languageCode,
    BaseModelName: model.baseModelName,
    ModelStatus: model.status,
    UpgradeAvailability: false,
    FailureReason: model.failureReason,
    InputDataConfig: model.inputDataConfig,
    EncryptionConfiguration: model.encryption,
  });
