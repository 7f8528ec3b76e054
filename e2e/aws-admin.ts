import {
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  EnableKeyRotationCommand,
  KMSClient,
} from '@aws-sdk/client-kms';
import {
  HeadObjectCommand,
  type HeadObjectCommandOutput,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateLanguageModelCommand,
  type CreateLanguageModelCommandInput,
  CreateVocabularyFilterCommand,
  DeleteLanguageModelCommand,
  DescribeLanguageModelCommand,
  type LanguageModel,
  UpdateVocabularyCommand,
  type UpdateVocabularyCommandInput,
  DeleteTranscriptionJobCommand,
  GetVocabularyCommand,
  type GetVocabularyCommandOutput,
  GetTranscriptionJobCommand,
  ListTranscriptionJobsCommand,
  StartTranscriptionJobCommand,
  type StartTranscriptionJobCommandInput,
  type TranscriptionJob,
  TranscribeClient,
  type TranscriptionJobStatus,
  type TranscriptionJobSummary,
} from '@aws-sdk/client-transcribe';
import { expect } from '@playwright/test';
import { localAwsUrl } from './local-aws-url';
import { ADMIN_CREDENTIALS, MEDIA_URI, REGION, USER_POOL_ID } from './seeded-world';

/**
 * What tests set up and check behind the page's back, through the real AWS SDK, as the IAM admin
 * of the console's own account (the account the analyst sees).
 */
const admin = () => ({
  region: REGION,
  endpoint: localAwsUrl(),
  credentials: ADMIN_CREDENTIALS,
  maxAttempts: 1,
});
const transcribe = () => new TranscribeClient(admin());
const s3 = () => new S3Client({ ...admin(), forcePathStyle: true });

export async function startJob(
  name: string,
  input: Partial<StartTranscriptionJobCommandInput> = {},
): Promise<void> {
  await transcribe().send(
    new StartTranscriptionJobCommand({
      TranscriptionJobName: name,
      LanguageCode: 'en-US',
      Media: { MediaFileUri: MEDIA_URI },
      ...input,
    }),
  );
}

export async function getJob(name: string): Promise<TranscriptionJob> {
  const output = await transcribe().send(
    new GetTranscriptionJobCommand({ TranscriptionJobName: name }),
  );
  return output.TranscriptionJob!;
}

export async function listJobs(nameContains: string): Promise<TranscriptionJobSummary[]> {
  const output = await transcribe().send(
    new ListTranscriptionJobsCommand({ JobNameContains: nameContains }),
  );
  return output.TranscriptionJobSummaries ?? [];
}

export async function deleteJob(name: string): Promise<void> {
  await transcribe().send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: name }));
}

/** Waits (polling local-aws) until the job has ended in the given status. */
export async function jobEnded(name: string, status: TranscriptionJobStatus = 'COMPLETED') {
  await expect
    .poll(async () => (await getJob(name)).TranscriptionJobStatus, { timeout: 20_000 })
    .toBe(status);
  return getJob(name);
}

/** How an object is encrypted at rest, from HeadObject. */
export async function objectHead(bucket: string, key: string): Promise<HeadObjectCommandOutput> {
  return s3().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
}

/** Writes an object over whatever is there, encrypted with SSE-S3 (AES256). */
export async function putObjectSseS3(bucket: string, key: string, body: string): Promise<void> {
  await s3().send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ServerSideEncryption: 'AES256' }),
  );
}

/** The words a seeded media file "says": its x-amz-meta-transcript metadata. */
export async function mediaTranscript(uri = MEDIA_URI): Promise<string> {
  const [, bucket, key] = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)!;
  return (await objectHead(bucket!, key!)).Metadata?.transcript ?? '';
}

/** Revokes every refresh token of the user, as an administrator would (AdminUserGlobalSignOut). */
export async function revokeSessions(username: string): Promise<void> {
  const cognito = new CognitoIdentityProviderClient(admin());
  await cognito.send(
    new AdminUserGlobalSignOutCommand({ UserPoolId: USER_POOL_ID, Username: username }),
  );
}

/**
 * A customer managed key of the test's own under `alias`, rotating every `periodInDays`.
 * Returns its key ID.
 */
export async function createRotatingKey(
  alias: string,
  description: string,
  periodInDays: number,
): Promise<string> {
  const kms = new KMSClient(admin());
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: description }));
  const keyId = KeyMetadata!.KeyId!;
  await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: keyId }));
  await kms.send(
    new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: periodInDays }),
  );
  return keyId;
}

/** A vocabulary as Transcribe keeps it (its key, context and role). */
export async function getVocabulary(name: string): Promise<GetVocabularyCommandOutput> {
  return transcribe().send(new GetVocabularyCommand({ VocabularyName: name }));
}

/** Replaces a vocabulary's terms behind the page's back: it is PENDING again until processed. */
export async function updateVocabulary(input: UpdateVocabularyCommandInput): Promise<void> {
  await transcribe().send(new UpdateVocabularyCommand(input));
}

/** A language model as Transcribe describes it. */
export async function describeLanguageModel(name: string): Promise<LanguageModel> {
  const output = await transcribe().send(new DescribeLanguageModelCommand({ ModelName: name }));
  return output.LanguageModel!;
}

/** Deletes a language model and creates one of the same name from `input`. */
export async function replaceLanguageModel(input: CreateLanguageModelCommandInput): Promise<void> {
  await transcribe().send(new DeleteLanguageModelCommand({ ModelName: input.ModelName }));
  await transcribe().send(new CreateLanguageModelCommand(input));
}

/** An English vocabulary filter of these words, usable at once (filters have no state). */
export async function createVocabularyFilter(name: string, words: string[]): Promise<void> {
  await transcribe().send(
    new CreateVocabularyFilterCommand({
      VocabularyFilterName: name,
      LanguageCode: 'en-US',
      Words: words,
    }),
  );
}
