// The seeded world's fixed names, in one place: local-aws seeds them, and its tests, the
// end-to-end tests and the benchmarks name them from here. This module imports nothing, so
// anything may import it without pulling in the emulator (the console reads the same IDs
// from public/config.json instead).

export const REGION = 'us-east-1';

/** The console's own account: the analyst's, owner of the seeded keys and buckets. */
export const CURRENT_ACCOUNT = '111122223333';
/** Another account, which shares one KMS key with the current one. */
export const OTHER_ACCOUNT = '444455556666';
/** The account of Transcribe's own output bucket (never a customer's). */
export const TRANSCRIBE_SERVICE_ACCOUNT = '999988887777';

/** A seeded IAM user with a static access key, for the AWS CLI and scripts. */
const iamUser = (accountId: string, name: string, id: string, key: string, secret: string) => ({
  accountId,
  name,
  id,
  arn: `arn:aws:iam::${accountId}:user/${name}`,
  accessKeyId: key,
  secretAccessKey: secret,
});

/** The administrator of the current account (policy `*` on `*`). */
export const ADMIN = iamUser(
  CURRENT_ACCOUNT,
  'admin',
  'AIDA1111222233330ADM',
  'AKIA1111222233330ADM',
  `localAdminSecret${CURRENT_ACCOUNT}`,
);

/** The administrator of the other account. */
export const OTHER_ADMIN = iamUser(
  OTHER_ACCOUNT,
  'admin',
  'AIDA4444555566660ADM',
  'AKIA4444555566660ADM',
  `localAdminSecret${OTHER_ACCOUNT}`,
);

/**
 * The user Transcribe signs its presigned transcript URLs with. It has no secret here: the
 * emulator makes one at every start, so no request from outside can act as the service.
 */
export const TRANSCRIBE_SERVICE_USER = {
  accountId: TRANSCRIBE_SERVICE_ACCOUNT,
  name: 'transcribe-service',
  id: 'AIDA9999888877770TRS',
  arn: `arn:aws:iam::${TRANSCRIBE_SERVICE_ACCOUNT}:user/transcribe-service`,
  accessKeyId: 'AKIA9999888877770TRS',
} as const;

/** The role signed-in analysts get from the identity pool, with `deploy/analyst-policy.json`. */
export const ANALYST_ROLE = {
  name: 'TranscribeAnalyst',
  id: 'AROA1111222233330ANL',
  arn: `arn:aws:iam::${CURRENT_ACCOUNT}:role/TranscribeAnalyst`,
  policyFile: 'deploy/analyst-policy.json',
} as const;
export const ANALYST_ROLE_ARN = ANALYST_ROLE.arn;

export const USER_POOL_ID = `${REGION}_Local0001`;
export const USER_POOL_ARN = `arn:aws:cognito-idp:${REGION}:${CURRENT_ACCOUNT}:userpool/${USER_POOL_ID}`;
export const USER_POOL_CLIENT_ID = 'localconsoleclient00000001';
export const IDENTITY_POOL_ID = `${REGION}:0c0c0c0c-0000-4000-8000-${CURRENT_ACCOUNT}`;

/** The demo sign-ins the README documents. */
export const DEMO_USERS = {
  analyst: {
    username: 'analyst',
    password: 'Analyst-Passw0rd!',
    sub: `a0a0a0a0-0001-4000-8000-${CURRENT_ACCOUNT}`,
    email: 'analyst@example.com',
  },
  /** Must set a new password at the first sign-in. */
  newAnalyst: {
    username: 'new-analyst',
    password: 'Temp-Passw0rd!',
    sub: `a0a0a0a0-0002-4000-8000-${CURRENT_ACCOUNT}`,
    email: 'new-analyst@example.com',
  },
} as const;

/** Seeded KMS key IDs (each ends in its account's number). */
export const SEEDED_KEYS = {
  transcribeOutput: `0f1e2d3c-0001-4000-8000-${CURRENT_ACCOUNT}`,
  analytics: `0f1e2d3c-0002-4000-8000-${CURRENT_ACCOUNT}`,
  noAlias: `0f1e2d3c-0003-4000-8000-${CURRENT_ACCOUNT}`,
  legacyDisabled: `0f1e2d3c-0004-4000-8000-${CURRENT_ACCOUNT}`,
  retired: `0f1e2d3c-0005-4000-8000-${CURRENT_ACCOUNT}`,
  signing: `0f1e2d3c-0006-4000-8000-${CURRENT_ACCOUNT}`,
  markupTest: `0f1e2d3c-0007-4000-8000-${CURRENT_ACCOUNT}`,
  awsS3: `0f1e2d3c-00a5-4000-8000-${CURRENT_ACCOUNT}`,
  sharedWithAnalytics: `5e4d3c2b-0001-4000-8000-${OTHER_ACCOUNT}`,
  private: `5e4d3c2b-0002-4000-8000-${OTHER_ACCOUNT}`,
};

export type SeededKeyName = keyof typeof SEEDED_KEYS;

/** The seeded aliases, by the key they name (noAlias has none). */
export const SEEDED_ALIASES = {
  transcribeOutput: 'alias/transcribe-output',
  analytics: 'alias/analytics',
  legacyDisabled: 'alias/legacy-disabled',
  retired: 'alias/retired',
  signing: 'alias/signing',
  markupTest: 'alias/markup-test',
  awsS3: 'alias/aws/s3',
  sharedWithAnalytics: 'alias/shared-with-analytics',
  private: 'alias/private',
} satisfies Partial<Record<SeededKeyName, string>>;

const accountOfKey = (name: SeededKeyName) =>
  name === 'sharedWithAnalytics' || name === 'private' ? OTHER_ACCOUNT : CURRENT_ACCOUNT;

const mapKeys = <T extends string>(
  names: Record<T, unknown>,
  arn: (name: T) => string,
): Record<T, string> =>
  Object.fromEntries(Object.keys(names).map((name) => [name, arn(name as T)])) as Record<T, string>;

/** The seeded keys' ARNs. */
export const SEEDED_KEY_ARNS = mapKeys(
  SEEDED_KEYS,
  (name) => `arn:aws:kms:${REGION}:${accountOfKey(name)}:key/${SEEDED_KEYS[name]}`,
);

/** The seeded aliases' ARNs. */
export const SEEDED_ALIAS_ARNS = mapKeys(
  SEEDED_ALIASES,
  (name) => `arn:aws:kms:${REGION}:${accountOfKey(name)}:${SEEDED_ALIASES[name]}`,
);

/** Media samples to transcribe, each with an `x-amz-meta-transcript`. */
export const MEDIA_BUCKET = `media-${CURRENT_ACCOUNT}`;
/** Empty, for job output. */
export const TRANSCRIPTS_BUCKET = `transcripts-${CURRENT_ACCOUNT}`;

/** The keys of the seeded media in MEDIA_BUCKET. */
export const SEEDED_MEDIA = {
  meeting: 'samples/meeting.wav',
  interview: 'samples/interview.mp3',
  supportCall: 'samples/support-call.flac',
} as const;

/** `s3://media-…/samples/meeting.wav`, the sample most tests transcribe. */
export const MEETING_MEDIA_URI = `s3://${MEDIA_BUCKET}/${SEEDED_MEDIA.meeting}`;

/** IAM roles Transcribe assumes for custom resources (DataAccessRoleArn). */
const role = (name: string, id: string) => ({
  name,
  id,
  arn: `arn:aws:iam::${CURRENT_ACCOUNT}:role/${name}`,
});

export const DATA_ACCESS_ROLES = {
  /**
   * Trusted by transcribe.amazonaws.com (for this account's resources); reads the media
   * bucket; uses alias/transcribe-output's key, and is allowed by IAM to use the shared key,
   * whose key policy lets this account encrypt but not decrypt. The only role the analyst's
   * policy may pass.
   */
  transcribeDataAccess: role('TranscribeDataAccess', 'AROA1111222233330TDA'),
  /** Trusted by Transcribe, with the same KMS rights, but no S3 access at all. */
  noMediaAccess: role('TranscribeNoMediaAccess', 'AROA1111222233330NMA'),
  /** A role for EC2 instances: its trust policy does not name Transcribe. */
  notTrusted: role('Ec2Instance', 'AROA1111222233330EC2'),
} as const;

/** Input files of the seeded custom resources, in MEDIA_BUCKET. */
export const SEEDED_CUSTOM_INPUTS = {
  /** A vocabulary table (Phrase, IPA, SoundsLike, DisplayAs) in English. */
  meetingTerms: 'custom/meeting-terms.txt',
  /** A vocabulary list in Spanish. */
  supportTermsSpanish: 'custom/terminos-soporte.txt',
  /** A table whose third line has more columns than its header. */
  malformedVocabulary: 'custom/malformed-vocabulary.txt',
  /** Filter words, one per line. */
  profanity: 'custom/profanity.txt',
  /** A folder of training text for a custom language model. */
  trainingData: 'custom/training/',
} as const;

/**
 * The seeded custom vocabularies (account 111122223333). `pending` stays PENDING: its
 * processing never finishes, so there is always one that is not ready.
 */
export const SEEDED_VOCABULARIES = {
  /** en-US, READY, from the meetingTerms table. */
  ready: 'meeting-terms',
  /** es-US, READY. */
  readySpanish: 'terminos-soporte',
  /** en-US, READY, encrypted with alias/transcribe-output's key through TranscribeDataAccess. */
  encrypted: 'encrypted-terms',
  /** en-US, FAILED: the malformed file. */
  failed: 'broken-terms',
  /** en-US, PENDING for ever. */
  pending: 'pending-terms',
} as const;

/** The seeded vocabulary filters (filters have no state). */
export const SEEDED_VOCABULARY_FILTERS = {
  /** en-US, from the profanity file. */
  profanity: 'profanity-filter',
  /** es-US. */
  spanish: 'filtro-soporte',
} as const;

/** The seeded custom language models. `inProgress` never finishes training. */
export const SEEDED_LANGUAGE_MODELS = {
  /** en-US, WideBand, COMPLETED from the training folder. */
  completed: 'support-calls-model',
  /** en-US, FAILED: its training data does not exist. */
  failed: 'broken-model',
  /** en-US, NarrowBand, IN_PROGRESS for ever. */
  inProgress: 'training-model',
} as const;
