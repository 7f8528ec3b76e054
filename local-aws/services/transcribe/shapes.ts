/**
 * The constraints of Amazon Transcribe's job operations, transcribed once (Nov 2026) from the
 * service model `transcribe/2017-10-26/service-2.json` (botocore 1.45.x). Kept as source so that
 * nothing reads botocore at build or run time. Patterns are Java regular expressions that AWS
 * applies to the whole value (`Matcher.matches()`); see `validation.ts`.
 */

/** A shape of the model; `N` names the shapes its members may refer to. */
export type Shape<N extends string = ShapeName> =
  | {
      type: 'string';
      min?: number;
      max?: number;
      pattern?: string;
      enum?: readonly string[];
    }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'structure'; members: Record<string, N>; required?: readonly string[] }
  | { type: 'list'; member: N; min?: number; max?: number }
  | { type: 'map'; key: N; value: N; min?: number; max?: number };

/** The 105 language codes of the model, in its order (AWS lists enum sets unordered). */
export const LANGUAGE_CODES = [
  'af-ZA',
  'ar-AE',
  'ar-SA',
  'da-DK',
  'de-CH',
  'de-DE',
  'en-AB',
  'en-AU',
  'en-GB',
  'en-IE',
  'en-IN',
  'en-US',
  'en-WL',
  'es-ES',
  'es-US',
  'fa-IR',
  'fr-CA',
  'fr-FR',
  'he-IL',
  'hi-IN',
  'id-ID',
  'it-IT',
  'ja-JP',
  'ko-KR',
  'ms-MY',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'ru-RU',
  'ta-IN',
  'te-IN',
  'tr-TR',
  'zh-CN',
  'zh-TW',
  'th-TH',
  'en-ZA',
  'en-NZ',
  'vi-VN',
  'sv-SE',
  'ab-GE',
  'ast-ES',
  'az-AZ',
  'ba-RU',
  'be-BY',
  'bg-BG',
  'bn-IN',
  'bs-BA',
  'ca-ES',
  'ckb-IQ',
  'ckb-IR',
  'cs-CZ',
  'cy-WL',
  'el-GR',
  'et-EE',
  'et-ET',
  'eu-ES',
  'fi-FI',
  'gl-ES',
  'gu-IN',
  'ha-NG',
  'hr-HR',
  'hu-HU',
  'hy-AM',
  'is-IS',
  'ka-GE',
  'kab-DZ',
  'kk-KZ',
  'kn-IN',
  'ky-KG',
  'lg-IN',
  'lt-LT',
  'lv-LV',
  'mhr-RU',
  'mi-NZ',
  'mk-MK',
  'ml-IN',
  'mn-MN',
  'mr-IN',
  'mt-MT',
  'no-NO',
  'or-IN',
  'pa-IN',
  'pl-PL',
  'ps-AF',
  'ro-RO',
  'rw-RW',
  'si-LK',
  'sk-SK',
  'sl-SI',
  'so-SO',
  'sr-RS',
  'su-ID',
  'sw-BI',
  'sw-KE',
  'sw-RW',
  'sw-TZ',
  'sw-UG',
  'tl-PH',
  'tt-RU',
  'ug-CN',
  'uk-UA',
  'uz-UZ',
  'wo-SN',
  'zh-HK',
  'zu-ZA',
] as const;

export const MEDIA_FORMATS = ['mp3', 'mp4', 'wav', 'flac', 'ogg', 'amr', 'webm', 'm4a'] as const;

export const JOB_STATUSES = ['QUEUED', 'IN_PROGRESS', 'FAILED', 'COMPLETED'] as const;

export type ShapeName =
  | 'StartTranscriptionJobRequest'
  | 'TranscriptionJobName'
  | 'LanguageCode'
  | 'MediaSampleRateHertz'
  | 'MediaFormat'
  | 'Media'
  | 'Uri'
  | 'OutputBucketName'
  | 'OutputKey'
  | 'KMSKeyId'
  | 'KMSEncryptionContextMap'
  | 'NonEmptyString'
  | 'Settings'
  | 'VocabularyName'
  | 'Boolean'
  | 'MaxSpeakers'
  | 'MaxAlternatives'
  | 'VocabularyFilterName'
  | 'VocabularyFilterMethod'
  | 'ModelSettings'
  | 'ModelName'
  | 'JobExecutionSettings'
  | 'DataAccessRoleArn'
  | 'ContentRedaction'
  | 'RedactionType'
  | 'RedactionOutput'
  | 'PiiEntityTypes'
  | 'PiiEntityType'
  | 'LanguageOptions'
  | 'Subtitles'
  | 'SubtitleFormats'
  | 'SubtitleFormat'
  | 'SubtitleOutputStartIndex'
  | 'TagList'
  | 'Tag'
  | 'TagKey'
  | 'TagValue'
  | 'LanguageIdSettingsMap'
  | 'LanguageIdSettings'
  | 'ToxicityDetection'
  | 'ToxicityDetectionSettings'
  | 'ToxicityCategories'
  | 'ToxicityCategory'
  | 'GetTranscriptionJobRequest'
  | 'ListTranscriptionJobsRequest'
  | 'TranscriptionJobStatus'
  | 'NextToken'
  | 'MaxResults'
  | 'DeleteTranscriptionJobRequest';

export const shapes: Record<ShapeName, Shape> = {
  StartTranscriptionJobRequest: {
    type: 'structure',
    members: {
      TranscriptionJobName: 'TranscriptionJobName',
      LanguageCode: 'LanguageCode',
      MediaSampleRateHertz: 'MediaSampleRateHertz',
      MediaFormat: 'MediaFormat',
      Media: 'Media',
      OutputBucketName: 'OutputBucketName',
      OutputKey: 'OutputKey',
      OutputEncryptionKMSKeyId: 'KMSKeyId',
      KMSEncryptionContext: 'KMSEncryptionContextMap',
      Settings: 'Settings',
      ModelSettings: 'ModelSettings',
      JobExecutionSettings: 'JobExecutionSettings',
      ContentRedaction: 'ContentRedaction',
      IdentifyLanguage: 'Boolean',
      IdentifyMultipleLanguages: 'Boolean',
      LanguageOptions: 'LanguageOptions',
      Subtitles: 'Subtitles',
      Tags: 'TagList',
      LanguageIdSettings: 'LanguageIdSettingsMap',
      ToxicityDetection: 'ToxicityDetection',
    },
    required: ['TranscriptionJobName', 'Media'],
  },
  TranscriptionJobName: { type: 'string', min: 1, max: 200, pattern: '^[0-9a-zA-Z._-]+' },
  LanguageCode: { type: 'string', enum: LANGUAGE_CODES },
  MediaSampleRateHertz: { type: 'integer', min: 8000, max: 48000 },
  MediaFormat: { type: 'string', enum: MEDIA_FORMATS },
  Media: { type: 'structure', members: { MediaFileUri: 'Uri', RedactedMediaFileUri: 'Uri' } },
  Uri: { type: 'string', min: 1, max: 2000, pattern: '(s3://|http(s*)://).+' },
  OutputBucketName: { type: 'string', max: 64, pattern: '[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]' },
  OutputKey: { type: 'string', min: 1, max: 1024, pattern: "[a-zA-Z0-9-_.!*'()/]{1,1024}$" },
  KMSKeyId: {
    type: 'string',
    min: 1,
    max: 2048,
    pattern: '^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$',
  },
  KMSEncryptionContextMap: {
    type: 'map',
    min: 1,
    max: 10,
    key: 'NonEmptyString',
    value: 'NonEmptyString',
  },
  NonEmptyString: { type: 'string', min: 1, max: 2000, pattern: '.*\\S.*' },
  Settings: {
    type: 'structure',
    members: {
      VocabularyName: 'VocabularyName',
      ShowSpeakerLabels: 'Boolean',
      MaxSpeakerLabels: 'MaxSpeakers',
      ChannelIdentification: 'Boolean',
      ShowAlternatives: 'Boolean',
      MaxAlternatives: 'MaxAlternatives',
      VocabularyFilterName: 'VocabularyFilterName',
      VocabularyFilterMethod: 'VocabularyFilterMethod',
    },
  },
  VocabularyName: { type: 'string', min: 1, max: 200, pattern: '^[0-9a-zA-Z._-]+' },
  Boolean: { type: 'boolean' },
  MaxSpeakers: { type: 'integer', min: 2, max: 30 },
  MaxAlternatives: { type: 'integer', min: 2, max: 10 },
  VocabularyFilterName: { type: 'string', min: 1, max: 200, pattern: '^[0-9a-zA-Z._-]+' },
  VocabularyFilterMethod: { type: 'string', enum: ['remove', 'mask', 'tag'] },
  ModelSettings: { type: 'structure', members: { LanguageModelName: 'ModelName' } },
  ModelName: { type: 'string', min: 1, max: 200, pattern: '^[0-9a-zA-Z._-]+' },
  JobExecutionSettings: {
    type: 'structure',
    members: { AllowDeferredExecution: 'Boolean', DataAccessRoleArn: 'DataAccessRoleArn' },
  },
  DataAccessRoleArn: {
    type: 'string',
    min: 20,
    max: 2048,
    pattern:
      '^arn:(aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,@.-]{0,1024}$',
  },
  ContentRedaction: {
    type: 'structure',
    members: {
      RedactionType: 'RedactionType',
      RedactionOutput: 'RedactionOutput',
      PiiEntityTypes: 'PiiEntityTypes',
    },
    required: ['RedactionType', 'RedactionOutput'],
  },
  RedactionType: { type: 'string', enum: ['PII'] },
  RedactionOutput: { type: 'string', enum: ['redacted', 'redacted_and_unredacted'] },
  PiiEntityTypes: { type: 'list', min: 0, max: 11, member: 'PiiEntityType' },
  PiiEntityType: {
    type: 'string',
    enum: [
      'BANK_ACCOUNT_NUMBER',
      'BANK_ROUTING',
      'CREDIT_DEBIT_NUMBER',
      'CREDIT_DEBIT_CVV',
      'CREDIT_DEBIT_EXPIRY',
      'PIN',
      'EMAIL',
      'ADDRESS',
      'NAME',
      'PHONE',
      'SSN',
      'ALL',
    ],
  },
  LanguageOptions: { type: 'list', min: 1, member: 'LanguageCode' },
  Subtitles: {
    type: 'structure',
    members: { Formats: 'SubtitleFormats', OutputStartIndex: 'SubtitleOutputStartIndex' },
  },
  SubtitleFormats: { type: 'list', member: 'SubtitleFormat' },
  SubtitleFormat: { type: 'string', enum: ['vtt', 'srt'] },
  SubtitleOutputStartIndex: { type: 'integer', min: 0, max: 1 },
  TagList: { type: 'list', min: 1, max: 200, member: 'Tag' },
  Tag: {
    type: 'structure',
    members: { Key: 'TagKey', Value: 'TagValue' },
    required: ['Key', 'Value'],
  },
  TagKey: { type: 'string', min: 1, max: 128 },
  TagValue: { type: 'string', min: 0, max: 256 },
  LanguageIdSettingsMap: {
    type: 'map',
    min: 1,
    max: 5,
    key: 'LanguageCode',
    value: 'LanguageIdSettings',
  },
  LanguageIdSettings: {
    type: 'structure',
    members: {
      VocabularyName: 'VocabularyName',
      VocabularyFilterName: 'VocabularyFilterName',
      LanguageModelName: 'ModelName',
    },
  },
  ToxicityDetection: { type: 'list', min: 1, max: 1, member: 'ToxicityDetectionSettings' },
  ToxicityDetectionSettings: {
    type: 'structure',
    members: { ToxicityCategories: 'ToxicityCategories' },
    required: ['ToxicityCategories'],
  },
  ToxicityCategories: { type: 'list', min: 1, max: 1, member: 'ToxicityCategory' },
  ToxicityCategory: { type: 'string', enum: ['ALL'] },
  GetTranscriptionJobRequest: {
    type: 'structure',
    members: { TranscriptionJobName: 'TranscriptionJobName' },
    required: ['TranscriptionJobName'],
  },
  ListTranscriptionJobsRequest: {
    type: 'structure',
    members: {
      Status: 'TranscriptionJobStatus',
      JobNameContains: 'TranscriptionJobName',
      NextToken: 'NextToken',
      MaxResults: 'MaxResults',
    },
  },
  TranscriptionJobStatus: { type: 'string', enum: JOB_STATUSES },
  NextToken: { type: 'string', max: 8192, pattern: '.+' },
  MaxResults: { type: 'integer', min: 1, max: 100 },
  DeleteTranscriptionJobRequest: {
    type: 'structure',
    members: { TranscriptionJobName: 'TranscriptionJobName' },
    required: ['TranscriptionJobName'],
  },
};
