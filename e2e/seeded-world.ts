import {
  ADMIN,
  CURRENT_ACCOUNT,
  DEMO_USERS,
  IDENTITY_POOL_ID,
  MEDIA_BUCKET,
  MEETING_MEDIA_URI,
  OTHER_ACCOUNT,
  REGION,
  SEEDED_ALIAS_ARNS,
  SEEDED_KEY_ARNS,
  SEEDED_KEYS,
  SEEDED_MEDIA,
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
