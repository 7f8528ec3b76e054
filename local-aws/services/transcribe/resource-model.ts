import type {
  BaseModelName,
  CLMLanguageCode,
  EncryptionConfiguration,
  InputDataConfig,
  LanguageCode,
  ModelStatus,
  Tag,
  VocabularyState,
} from '@aws-sdk/client-transcribe';
import type { Principal } from '../../core/types';
import type { S3Location } from './locations';

// Custom vocabularies, vocabulary filters and custom language models as the store keeps them
// (plain JSON: times are epoch milliseconds). Each belongs to an account and Region by name.

export const VOCABULARIES_TABLE = 'transcribe-vocabularies';
export const VOCABULARY_FILTERS_TABLE = 'transcribe-vocabulary-filters';
export const LANGUAGE_MODELS_TABLE = 'transcribe-language-models';

export type ResourceKind = 'vocabulary' | 'vocabulary-filter' | 'language-model';

export const tableOf: Record<ResourceKind, string> = {
  vocabulary: VOCABULARIES_TABLE,
  'vocabulary-filter': VOCABULARY_FILTERS_TABLE,
  'language-model': LANGUAGE_MODELS_TABLE,
};

/** What all three kinds keep. */
interface StoredResourceBase {
  /** Tells a resource from a later one of the same name (a task for a deleted one must not run). */
  uid: string;
  /** Creation order within the store; lists are newest first. */
  seq: number;
  accountId: string;
  region: string;
  name: string;
  /** Whoever created or last updated it: without a data access role, inputs are read as them. */
  principal: Principal;
  dataAccessRoleArn?: string;
  encryption?: EncryptionConfiguration;
  tags?: Tag[];
  creationTime: number;
  lastModifiedTime: number;
  failureReason?: string;
  /** The processed artefact in Transcribe's own bucket, once there is one. */
  artefact?: S3Location;
  /** When processing is due to finish (epoch ms), so a restart resumes it; absent when idle. */
  dueAt?: number;
}

export interface StoredVocabulary extends StoredResourceBase {
  kind: 'vocabulary';
  languageCode: LanguageCode;
  state: VocabularyState;
  phrases?: string[];
  fileUri?: string;
}

/** Filters have no state: they are read and stored while CreateVocabularyFilter runs. */
export interface StoredVocabularyFilter extends StoredResourceBase {
  kind: 'vocabulary-filter';
  languageCode: LanguageCode;
  words?: string[];
  fileUri?: string;
}

export interface StoredLanguageModel extends StoredResourceBase {
  kind: 'language-model';
  languageCode: CLMLanguageCode;
  baseModelName: BaseModelName;
  status: ModelStatus;
  inputDataConfig: InputDataConfig;
}

export type StoredResource = StoredVocabulary | StoredVocabularyFilter | StoredLanguageModel;

export const resourceId = (accountId: string, region: string, name: string) =>
  `${accountId}/${region}/${name}`;

/** The ARN IAM policies name a resource by. */
export const resourceArn = (kind: ResourceKind, region: string, accountId: string, name: string) =>
  `arn:aws:transcribe:${region}:${accountId}:${kind}/${name}`;

/** How messages name each kind. */
export const kindNoun: Record<ResourceKind, string> = {
  vocabulary: 'vocabulary',
  'vocabulary-filter': 'vocabulary filter',
  'language-model': 'language model',
};
