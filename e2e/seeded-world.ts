/**
 * The names of local-aws's seeded world that the end-to-end tests use (README: "The seeded
 * world"), gathered here so that no spec types an account, a key or a password again.
 */

export const REGION = 'us-east-1';
export const ACCOUNT_ID = '111122223333';

export const USER_POOL_ID = 'us-east-1_Local0001';
export const USER_POOL_CLIENT_ID = 'localconsoleclient00000001';
export const IDENTITY_POOL_ID = 'us-east-1:0c0c0c0c-0000-4000-8000-111122223333';

/** The IAM admin of the console's own account, for setting up data through the real SDK. */
export const ADMIN_CREDENTIALS = {
  accessKeyId: 'AKIA1111222233330ADM',
  secretAccessKey: 'localAdminSecret111122223333',
};

export interface User {
  username: string;
  password: string;
}
/** Ready to sign in. */
export const ANALYST: User = { username: 'analyst', password: 'Analyst-Passw0rd!' };
/** Seeded with a temporary password: must set a new one at first sign-in. */
export const NEW_ANALYST: User = { username: 'new-analyst', password: 'Temp-Passw0rd!' };

export const MEDIA_BUCKET = 'media-111122223333';
export const MEDIA_URI = 's3://media-111122223333/samples/meeting.wav';
export const OTHER_MEDIA_URI = 's3://media-111122223333/samples/interview.mp3';
export const TRANSCRIPTS_BUCKET = 'transcripts-111122223333';

/** alias/transcribe-output, enabled and symmetric. */
export const OWN_KEY_ID = '0f1e2d3c-0001-4000-8000-111122223333';
export const OWN_KEY_ARN = `arn:aws:kms:us-east-1:111122223333:key/${OWN_KEY_ID}`;
/** The key without an alias. */
export const UNALIASED_KEY_ID = '0f1e2d3c-0003-4000-8000-111122223333';
/** The other account's key shared with ours for kms:Encrypt (not kms:Decrypt). */
export const SHARED_KEY_ARN =
  'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';
export const SHARED_ALIAS_ARN = 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics';
/** The other account's key that is not shared. */
export const PRIVATE_ALIAS_ARN = 'arn:aws:kms:us-east-1:444455556666:alias/private';
