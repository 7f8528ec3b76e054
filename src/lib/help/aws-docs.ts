import type { LearnMoreLink } from './help-topics';

/*
 * The AWS documentation pages the help panel links to, in one list so that a moved page is
 * fixed once. Each opens in a new tab.
 */

const transcribeGuide = 'https://docs.aws.amazon.com/transcribe/latest/dg';
const transcribeApi = 'https://docs.aws.amazon.com/transcribe/latest/APIReference';
const kmsGuide = 'https://docs.aws.amazon.com/kms/latest/developerguide';

const link = (text: string, href: string): LearnMoreLink => ({ text, href });

export const awsDocs = {
  transcribeEncryption: link(
    'Data encryption in Amazon Transcribe',
    `${transcribeGuide}/data-encryption.html`,
  ),
  startTranscriptionJob: link(
    'StartTranscriptionJob (API reference)',
    `${transcribeApi}/API_StartTranscriptionJob.html`,
  ),
  getTranscriptionJob: link(
    'GetTranscriptionJob (API reference)',
    `${transcribeApi}/API_GetTranscriptionJob.html`,
  ),
  listTranscriptionJobs: link(
    'ListTranscriptionJobs (API reference)',
    `${transcribeApi}/API_ListTranscriptionJobs.html`,
  ),
  createVocabulary: link(
    'CreateVocabulary (API reference)',
    `${transcribeApi}/API_CreateVocabulary.html`,
  ),
  createVocabularyFilter: link(
    'CreateVocabularyFilter (API reference)',
    `${transcribeApi}/API_CreateVocabularyFilter.html`,
  ),
  createLanguageModel: link(
    'CreateLanguageModel (API reference)',
    `${transcribeApi}/API_CreateLanguageModel.html`,
  ),
  encryptionConfiguration: link(
    'EncryptionConfiguration (API reference)',
    `${transcribeApi}/API_EncryptionConfiguration.html`,
  ),
  mediaFormats: link('Data input and output', `${transcribeGuide}/how-input.html`),
  supportedLanguages: link('Supported languages', `${transcribeGuide}/supported-languages.html`),
  languageIdentification: link(
    'Identifying the dominant languages in your media',
    `${transcribeGuide}/lang-id.html`,
  ),
  customVocabularies: link('Custom vocabularies', `${transcribeGuide}/custom-vocabulary.html`),
  vocabularyFilters: link('Vocabulary filtering', `${transcribeGuide}/vocabulary-filtering.html`),
  customLanguageModels: link(
    'Custom language models',
    `${transcribeGuide}/custom-language-models.html`,
  ),
  diarization: link('Partitioning speakers (diarization)', `${transcribeGuide}/diarization.html`),
  channelIdentification: link(
    'Transcribing multi-channel audio',
    `${transcribeGuide}/channel-id.html`,
  ),
  piiRedaction: link(
    'Redacting or identifying personally identifiable information',
    `${transcribeGuide}/pii-redaction.html`,
  ),
  subtitles: link('Creating video subtitles', `${transcribeGuide}/subtitles.html`),
  tagging: link('Tagging resources', `${transcribeGuide}/tagging.html`),
  transcribeIdentityPolicies: link(
    'Identity-based policy examples for Amazon Transcribe',
    `${transcribeGuide}/security_iam_id-based-policy-examples.html`,
  ),
  kmsKeyIdentifiers: link('KMS key identifiers (KeyId)', `${kmsGuide}/concepts.html#key-id`),
  kmsFindKeyArn: link('Find the key ID and key ARN', `${kmsGuide}/find-cmk-id-arn.html`),
  kmsKeyPolicies: link('Key policies in AWS KMS', `${kmsGuide}/key-policies.html`),
  kmsCrossAccount: link(
    'Allowing users in other accounts to use a KMS key',
    `${kmsGuide}/key-policy-modifying-external-accounts.html`,
  ),
  kmsEncryptionContext: link('Encryption context', `${kmsGuide}/encrypt_context.html`),
  kmsCloudTrail: link(
    'Logging AWS KMS API calls with AWS CloudTrail',
    `${kmsGuide}/logging-using-cloudtrail.html`,
  ),
  kmsKeySpecs: link('Choosing a KMS key type', `${kmsGuide}/symm-asymm-choose-key-spec.html`),
  s3Sse: link(
    'Protecting data with server-side encryption (Amazon S3)',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html',
  ),
  s3SseS3: link(
    'Using server-side encryption with Amazon S3 managed keys (SSE-S3)',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html',
  ),
  s3HeadObject: link(
    'HeadObject (Amazon S3 API reference)',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html',
  ),
  iamPassRole: link(
    'Granting a user permissions to pass a role to an AWS service',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
  ),
} satisfies Record<string, LearnMoreLink>;
