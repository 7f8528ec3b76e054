import type {
  StartTranscriptionJobCommandInput,
  TranscriptionJob,
} from '@aws-sdk/client-transcribe';
import type { KeyValueStorage } from '@/lib/drafts';

/*
 * What this console sent when it created a job, kept for what AWS never returns afterwards:
 * GetTranscriptionJob has no output bucket, output key, KMS key or encryption context, and
 * S3's HeadObject gives the key's ARN but neither its alias nor the context. The job page and
 * "Copy" read it back, for jobs created in this browser only.
 *
 * Kept in localStorage under the user (the user pool's `sub`), so it is there the next day.
 * None of it is secret from the user's colleagues: every analyst's role lists the same jobs
 * and reads the same objects, and the encryption context is written in clear to CloudTrail
 * (AWS: never put secrets in it). Only the latest jobs are kept.
 */

/** The request members AWS does not return, and how the analyst named the key. */
export interface SentJob {
  sentAt: string;
  mediaUri: string;
  outputBucketName?: string;
  outputKey?: string;
  /** As sent: a key ID, or the key or alias ARN typed. */
  kmsKeyId?: string;
  /** The alias the key was chosen by (`alias/…`, or the alias ARN typed). */
  kmsKeyAlias?: string;
  /** The key's ARN, when the console learned it (the access check resolves alias ARNs). */
  kmsKeyArn?: string;
  encryptionContext?: Record<string, string>;
}

const PREFIX = 'transcribe-console.sent-jobs/';
export const MAX_SENT_JOBS = 200;
/** A remembered request belongs to the job only if the job was created this close to it. */
const SAME_JOB_WINDOW_MS = 60 * 60_000;

export function sentJobsStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const keyOf = (owner: string) => `${PREFIX}${encodeURIComponent(owner)}`;

function readAll(owner: string, storage: KeyValueStorage | undefined): Record<string, SentJob> {
  try {
    const raw = storage?.getItem(keyOf(owner));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, SentJob>)
      : {};
  } catch {
    return {};
  }
}

/** What to remember of a request the console just sent successfully. */
export function sentJobOf(
  input: StartTranscriptionJobCommandInput,
  key: { alias?: string; arn?: string },
  sentAt: Date,
): SentJob {
  return {
    sentAt: sentAt.toISOString(),
    mediaUri: input.Media?.MediaFileUri ?? '',
    outputBucketName: input.OutputBucketName,
    outputKey: input.OutputKey,
    kmsKeyId: input.OutputEncryptionKMSKeyId,
    kmsKeyAlias: input.OutputEncryptionKMSKeyId ? key.alias : undefined,
    kmsKeyArn: input.OutputEncryptionKMSKeyId ? key.arn : undefined,
    encryptionContext: input.KMSEncryptionContext,
  };
}

export function rememberSentJob(
  owner: string,
  name: string,
  sent: SentJob,
  storage: KeyValueStorage | undefined = sentJobsStorage(),
): void {
  const all = readAll(owner, storage);
  delete all[name];
  const entries = [...Object.entries(all), [name, sent] as const]
    .sort(([, a], [, b]) => a.sentAt.localeCompare(b.sentAt))
    .slice(-MAX_SENT_JOBS);
  try {
    storage?.setItem(keyOf(owner), JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // A full or blocked storage loses only this convenience, never the job.
  }
}

/**
 * What was sent for this job, if it was created here: same name, same media, created within
 * the hour of sending (another job of the same name, made elsewhere later, is not this one).
 */
export function recallSentJob(
  owner: string,
  job: Pick<TranscriptionJob, 'TranscriptionJobName' | 'Media' | 'CreationTime'>,
  storage: KeyValueStorage | undefined = sentJobsStorage(),
): SentJob | undefined {
  const sent = readAll(owner, storage)[job.TranscriptionJobName ?? ''];
  if (!sent || typeof sent.sentAt !== 'string') return undefined;
  if (sent.mediaUri !== job.Media?.MediaFileUri) return undefined;
  const created = job.CreationTime?.getTime();
  const sentAt = Date.parse(sent.sentAt);
  if (created === undefined || Number.isNaN(sentAt)) return undefined;
  return Math.abs(created - sentAt) <= SAME_JOB_WINDOW_MS ? sent : undefined;
}
