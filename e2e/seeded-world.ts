import {
  ADMIN,
  CURRENT_ACCOUNT,
  DATA_ACCESS_ROLES,
  SEEDED_CUSTOM_INPUTS,
  DEMO_USERS,
  IDENTITY_POOL_ID,
  MEDIA_BUCKET,
  MEETING_MEDIA_URI,
  OTHER_ACCOUNT,
  REGION,
  SEEDED_ALIAS_ARNS,
  SEEDED_KEY_ARNS,
  SEEDED_KEYS,
  SEEDED_LANGUAGE_MODELS,
  SEEDED_MEDIA,
  SEEDED_VOCABULARIES,
  SEEDED_VOCABULARY_FILTERS,
  TRANSCRIPTS_BUCKET,
  USER_POOL_CLIENT_ID,
  USER_POOL_ID,
} from '../local-aws/seed/ids';

/**
 * The seeded world as the end-to-end tests name it: local-aws's own IDs (`seed/ids.ts`), under
 * the names the specs read best with. No spec types an account, a key or a password.
 */

export {
  IDENTITY_POOL_ID,
  MEDIA_BUCKET,
  OTHER_ACCOUNT,
  REGION,
  TRANSCRIPTS_BUCKET,
  USER_POOL_CLIENT_ID,
  USER_POOL_ID,
};
export const ACCOUNT_ID = CURRENT_ACCOUNT;

/** The IAM admin of the console's own account, for setting up data through the real SDK. */
export const ADMIN_CREDENTIALS = {
  accessKeyId: ADMIN.accessKeyId,
  secretAccessKey: ADMIN.secretAccessKey,
};

export interface User {
  username: string;
  password: string;
}
/** Ready to sign in. */
export const ANALYST: User = DEMO_USERS.analyst;
/** Seeded with a temporary password: must set a new one at first sign-in. */
export const NEW_ANALYST: User = DEMO_USERS.newAnalyst;

export const MEDIA_URI = MEETING_MEDIA_URI;
export const OTHER_MEDIA_URI = `s3://${MEDIA_BUCKET}/${SEEDED_MEDIA.interview}`;
/** A support call whose agent says her name: PII redaction has a word to redact. */
export const SUPPORT_CALL_MEDIA_URI = `s3://${MEDIA_BUCKET}/${SEEDED_MEDIA.supportCall}`;

/** alias/transcribe-output, enabled and symmetric. */
export const OWN_KEY_ID = SEEDED_KEYS.transcribeOutput;
export const OWN_KEY_ARN = SEEDED_KEY_ARNS.transcribeOutput;
/** The key without an alias. */
export const UNALIASED_KEY_ID = SEEDED_KEYS.noAlias;
/** The other account's key shared with ours for kms:Encrypt (not kms:Decrypt). */
export const SHARED_KEY_ARN = SEEDED_KEY_ARNS.sharedWithAnalytics;
export const SHARED_ALIAS_ARN = SEEDED_ALIAS_ARNS.sharedWithAnalytics;
/** The other account's key that is not shared. */
export const PRIVATE_ALIAS_ARN = SEEDED_ALIAS_ARNS.private;
/** Our own account's alias/analytics, as an ARN. */
export const ANALYTICS_ALIAS_ARN = SEEDED_ALIAS_ARNS.analytics;

/** The seeded custom vocabularies, filters and language models (local-aws/seed/ids.ts). */
export { SEEDED_LANGUAGE_MODELS, SEEDED_VOCABULARIES, SEEDED_VOCABULARY_FILTERS };
/** The role the analyst may pass to Transcribe, and two it may not use as a data access role. */
export const DATA_ACCESS_ROLE_ARN = DATA_ACCESS_ROLES.transcribeDataAccess.arn;
export const NOT_TRUSTED_ROLE_ARN = DATA_ACCESS_ROLES.notTrusted.arn;
/** The custom resources' input files in the media bucket. */
export const customInputUri = (name: keyof typeof SEEDED_CUSTOM_INPUTS) =>
  `s3://${MEDIA_BUCKET}/${SEEDED_CUSTOM_INPUTS[name]}`;
/** alias/transcribe-output's ARN, which a custom resource's page resolves to the key ARN. */
export const OWN_ALIAS_ARN = SEEDED_ALIAS_ARNS.transcribeOutput;
