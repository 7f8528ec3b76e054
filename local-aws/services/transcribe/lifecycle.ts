import { randomUUID } from 'node:crypto';
import type { LanguageCode, MediaFormat } from '@aws-sdk/client-transcribe';
import { AwsError } from '../../core/errors';
import type { World } from '../../core/types';
import { resolveKeyForUse } from '../kms/interface';
import {
  bucketExists,
  checkS3Access,
  headObjectInternal,
  objectArn,
  readObjectBody,
  writeObject,
} from '../s3/interface';
import { getJob, putJob } from './jobs';
import { jobOutputFiles, type OutputFile, spokenSeconds } from './job-output';
import {
  defaultSampleRate,
  formatFromKey,
  parseMediaUri,
  type S3Location,
  transcriptKey,
} from './locations';
import { probeMedia, sameFormat } from './media-probe';
import { isFinished, jobId, JOBS_TABLE, type JobOutput, type StoredJob } from './model';
import { readArtefact } from './resource-artefacts';
import { resourceId } from './resource-model';
import { getResource } from './resources';
import { seedTranscribe } from './seed';
import { serviceBucketName } from './service-bucket';

/**
 * A job's life: QUEUED → IN_PROGRESS (the media is checked and described) → COMPLETED (the
 * transcript is written) or FAILED with a reason. Each step is a scheduled task that re-reads
 * the job from the store, so a job deleted or replaced meanwhile is left alone, and each
 * state is stored with the time its next step is due, so a restart resumes where it stopped.
 */

export const MEDIA_MISSING =
  "The URI that you provided doesn't point to an S3 object. Make sure that the object exists and try your request again.";
export const MEDIA_NOT_READABLE =
  "The S3 URI that you provided can't be accessed. Make sure that you have read permission and try your request again.";

/** Plans a job's next step, if it has one. */
export function scheduleJob(world: World, job: StoredJob): void {
  if (isFinished(job.status) || job.dueAt === undefined) return;
  const id = jobId(job.accountId, job.region, job.name);
  const delay = Math.max(0, job.dueAt - world.now().getTime());
  world.schedule(delay, () => advance(world, id, job.uid));
}

/** Resumes every job that was queued or in progress when the process stopped. */
export function resumeJobs(world: World): void {
  seedTranscribe(world);
  for (const job of world.store.list<StoredJob>(JOBS_TABLE)) scheduleJob(world, job);
}

function advance(world: World, id: string, uid: string): void {
  const job = getJob(world, id);
  if (!job || job.uid !== uid || isFinished(job.status)) return;
  let next: StoredJob;
  try {
    next = job.status === 'QUEUED' ? begin(world, job) : finish(world, job);
  } catch (error) {
    // A bug must not take the process down with it: the job fails and says so.
    console.error(`local-aws: transcription job ${job.name} failed unexpectedly`, error);
    next = failed(world, job, 'Internal failure. Start a new transcription job.');
  }
  putJob(world, next);
  scheduleJob(world, next);
}

function failed(world: World, job: StoredJob, reason: string): StoredJob {
  const now = world.now().getTime();
  return {
    ...job,
    status: 'FAILED',
    startTime: job.startTime ?? now,
    completionTime: now,
    failureReason: reason,
    dueAt: undefined,
  };
}

/** Why the caller's media cannot be read, or undefined when it can. */
function mediaProblem(world: World, job: StoredJob, media: S3Location): string | undefined {
  if (!bucketExists(world, media.bucket)) return MEDIA_MISSING;
  try {
    checkS3Access(
      world,
      job.principal,
      media.bucket,
      's3:GetObject',
      objectArn(media.bucket, media.key),
    );
  } catch (error) {
    if (error instanceof AwsError) return MEDIA_NOT_READABLE;
    throw error;
  }
  return headObjectInternal(world, media.bucket, media.key) ? undefined : MEDIA_MISSING;
}

/**
 * Start refuses a URI it cannot parse; one that no longer parses is the emulator's own
 * address from before a restart on another port, and names nothing here any more.
 */
const mediaOf = (world: World, job: StoredJob): S3Location | undefined =>
  parseMediaUri(job.request.Media?.MediaFileUri ?? '', world.options.publicUrl);

const MEDIA_PROBE_BYTES = 1024 * 1024;

/** QUEUED → IN_PROGRESS: read the media's description as the caller. */
function begin(world: World, job: StoredJob): StoredJob {
  const now = world.now().getTime();
  const started: StoredJob = { ...job, status: 'IN_PROGRESS', startTime: now };
  const media = mediaOf(world, job);
  if (!media) return failed(world, started, MEDIA_MISSING);
  const problem = mediaProblem(world, job, media);
  if (problem) return failed(world, started, problem);
  const info = headObjectInternal(world, media.bucket, media.key)!;
  let bytes: Buffer;
  try {
    // As the caller: media encrypted with SSE-KMS needs their kms:Decrypt.
    // Only the first bytes: the headers say the format and rate, and media can be gigabytes.
    bytes = readObjectBody(world, job.principal, media.bucket, media.key, {
      start: 0,
      end: MEDIA_PROBE_BYTES - 1,
    });
  } catch (error) {
    if (error instanceof AwsError) return failed(world, started, MEDIA_NOT_READABLE);
    throw error;
  }
  const probe = probeMedia(bytes);
  const requested = job.request.MediaFormat;
  if (requested && probe.format && !sameFormat(requested, probe.format))
    return failed(
      world,
      started,
      "The media format that you specified doesn't match the detected media format. Check the media format and try your request again.",
    );
  const format: MediaFormat | undefined = requested ?? probe.format ?? formatFromKey(media.key);
  if (!format)
    return failed(
      world,
      started,
      "The media format couldn't be detected from the file. Specify MediaFormat and try your request again.",
    );
  const declared = Number(metadataValue(info.metadata, 'sample-rate'));
  const actualRate =
    probe.sampleRate ??
    (Number.isInteger(declared) && declared >= 8000 && declared <= 48000 ? declared : undefined);
  const requestedRate = job.request.MediaSampleRateHertz;
  if (requestedRate !== undefined && actualRate !== undefined && requestedRate !== actualRate)
    return failed(
      world,
      started,
      `The sample rate that you specified (${requestedRate} Hz) doesn't match the sample rate of the media file (${actualRate} Hz). Remove MediaSampleRateHertz or specify the file's sample rate, then try your request again.`,
    );
  const rate = requestedRate ?? actualRate ?? defaultSampleRate(format);
  return {
    ...started,
    mediaFormat: format,
    mediaSampleRateHertz: rate,
    ...identifyLanguage(job, metadataValue(info.metadata, 'language-code')),
    dueAt: now + world.options.jobDelays.inProgressMs,
  };
}

/** Metadata as S3 keeps it (without the `x-amz-meta-` prefix), either spelling accepted. */
function metadataValue(metadata: Record<string, string>, name: string): string | undefined {
  return metadata[name] ?? metadata[`x-amz-meta-${name}`];
}

/**
 * Language identification without a recogniser: the media's `x-amz-meta-language-code`
 * when it is among the options, else the first option, else en-US.
 */
function identifyLanguage(job: StoredJob, declared: string | undefined): Partial<StoredJob> {
  const request = job.request;
  if (!request.IdentifyLanguage && !request.IdentifyMultipleLanguages) return {};
  const options = request.LanguageOptions ?? [];
  const chosen = (
    declared && (options.length === 0 || options.includes(declared as LanguageCode))
      ? declared
      : (options[0] ?? 'en-US')
  ) as LanguageCode;
  if (request.IdentifyLanguage) return { languageCode: chosen, identifiedLanguageScore: 0.99 };
  return {
    languageCodes: [{ LanguageCode: chosen, DurationInSeconds: 0 }],
    identifiedLanguageScore: 0.99,
  };
}

const ARN_IN_MESSAGE = /arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key|alias)\/[^\s']+/;

/** A KMS refusal as Transcribe reports it: what went wrong, the key, and KMS's own words. */
export function kmsFailureReason(error: AwsError, keyId: string): string {
  const key = ARN_IN_MESSAGE.exec(error.message)?.[0]?.replace(/[.]$/, '') ?? keyId;
  switch (error.code) {
    case 'NotFoundException':
      return `The KMS key that you specified can't be found: ${keyId}. Check the key ID, key ARN, alias name or alias ARN and try your request again. (${error.message})`;
    case 'DisabledException':
      return `The KMS key ${key} is disabled. Enable the key or choose a different key and try your request again.`;
    case 'KMSInvalidStateException':
      return `The KMS key ${key} is pending deletion and can't be used. Cancel the key deletion or choose a different key and try your request again.`;
    case 'InvalidKeyUsageException': {
      const usage = /key usage is (\w+)/.exec(error.message)?.[1];
      const spec = /KeySpec is (\w+)/.exec(error.message)?.[1];
      const what = usage
        ? `its key usage is ${usage}, not ENCRYPT_DECRYPT`
        : spec
          ? `its key spec is ${spec}, not SYMMETRIC_DEFAULT`
          : error.message;
      return `The KMS key ${key} isn't a symmetric encryption key, so it can't encrypt the output: ${what}. Choose a symmetric encryption key and try your request again.`;
    }
    case 'AccessDeniedException': {
      const action = /perform: (kms:\w+)/.exec(error.message)?.[1] ?? 'kms:Encrypt';
      return `You don't have permission to use the KMS key ${key} for ${action}, so the output can't be encrypted. ${error.message}`;
    }
    default:
      return `The KMS key ${keyId} couldn't be used to encrypt the output: ${error.message}`;
  }
}

/**
 * The KMS error inside an S3 write failure, if that is what it was: S3 passes KMS failures on
 * as `KMS.<code>`, and a KMS access denial as its own AccessDenied naming the kms: action.
 */
function kmsErrorOf(error: AwsError): AwsError | undefined {
  if (error.code.startsWith('KMS.'))
    return new AwsError(error.code.slice('KMS.'.length), error.message, error.status);
  if (error.code === 'AccessDenied' && /perform: kms:/.test(error.message))
    return new AwsError('AccessDeniedException', error.message, error.status);
  return undefined;
}

function writeFailureReason(error: AwsError, location: S3Location, keyId?: string): string {
  const kmsError = kmsErrorOf(error);
  if (kmsError) return kmsFailureReason(kmsError, keyId ?? '');
  if (error.code === 'NoSuchBucket') return outputBucketMissing(location.bucket);
  if (error.code === 'AccessDenied')
    return `You don't have permission to write to the output bucket ${location.bucket}: s3:PutObject on ${objectArn(location.bucket, location.key)} was denied. ${error.message}`;
  return `The transcript couldn't be written to s3://${location.bucket}/${location.key}: ${error.message}`;
}

const outputBucketMissing = (bucket: string) =>
  `The output bucket ${bucket} that you specified doesn't exist. Check the bucket name and try your request again.`;

/**
 * The words of the job's vocabulary filter (for the language it was identified in, with
 * language identification), read as Transcribe reads the filter's stored list.
 */
function filterWords(world: World, job: StoredJob): string[] | undefined {
  const request = job.request;
  const language = job.languageCode ?? job.languageCodes?.[0]?.LanguageCode;
  const name =
    request.Settings?.VocabularyFilterName ??
    (language
      ? request.LanguageIdSettings?.[language as LanguageCode]?.VocabularyFilterName
      : undefined);
  if (name === undefined) return undefined;
  const filter = getResource(
    world,
    'vocabulary-filter',
    resourceId(job.accountId, job.region, name),
  );
  if (!filter)
    throw new AwsError('BadRequestException', `The vocabulary filter ${name} no longer exists.`);
  return readArtefact(world, filter)
    .split('\n')
    .map((word) => word.trim())
    .filter(Boolean);
}

/** IN_PROGRESS → COMPLETED or FAILED: write every output file as the caller. */
function finish(world: World, job: StoredJob): StoredJob {
  const media = mediaOf(world, job);
  if (!media) return failed(world, job, MEDIA_MISSING);
  const problem = mediaProblem(world, job, media);
  if (problem) return failed(world, job, problem);
  const info = headObjectInternal(world, media.bucket, media.key)!;
  const request = job.request;
  let words: string[] | undefined;
  try {
    words = filterWords(world, job);
  } catch (error) {
    if (error instanceof AwsError)
      return failed(
        world,
        job,
        `The vocabulary filter couldn't be applied: ${error.message} Check the vocabulary filter and try your request again.`,
      );
    throw error;
  }
  const base = request.OutputBucketName
    ? transcriptKey(job.name, request.OutputKey)
    : `${job.accountId}/${job.name}/${randomUUID()}/asrOutput.json`;
  const files = jobOutputFiles(
    job.name,
    job.accountId,
    request,
    metadataValue(info.metadata, 'transcript') ?? '',
    base,
    words,
  );

  let bucket: string;
  if (request.OutputBucketName) {
    bucket = request.OutputBucketName;
    if (!bucketExists(world, bucket)) return failed(world, job, outputBucketMissing(bucket));
    const keyId = request.OutputEncryptionKMSKeyId;
    let kms: { keyId: string; encryptionContext?: Record<string, string> } | undefined;
    if (keyId !== undefined) {
      try {
        const key = resolveKeyForUse(world, job.principal, keyId, 'kms:Encrypt', job.region, {
          viaService: `transcribe.${job.region}.amazonaws.com`,
        });
        kms = { keyId: key.arn, encryptionContext: request.KMSEncryptionContext };
      } catch (error) {
        if (error instanceof AwsError) return failed(world, job, kmsFailureReason(error, keyId));
        throw error;
      }
    }
    // Every file with the job's key and encryption context, as the caller: the redacted and
    // unredacted transcripts and the subtitles are protected exactly as the transcript is.
    for (const file of files) {
      const location = { bucket, key: file.key };
      try {
        writeObject(world, job.principal, {
          ...location,
          body: file.body,
          contentType: file.contentType,
          kms,
        });
      } catch (error) {
        if (error instanceof AwsError)
          return failed(world, job, writeFailureReason(error, location, keyId));
        throw error;
      }
    }
  } else {
    bucket = serviceBucketName(job.region);
    for (const file of files)
      writeObject(world, null, {
        bucket,
        key: file.key,
        body: file.body,
        contentType: file.contentType,
      });
  }
  const at = (role: OutputFile['role']) => files.filter((file) => file.role === role);
  const located = (file: OutputFile | undefined) => file && { bucket, key: file.key };
  const output: JobOutput = {
    kind: request.OutputBucketName ? 'customer' : 'service',
    transcript: located(at('transcript')[0]),
    redacted: located(at('redacted')[0]),
    subtitles: at('subtitle').map((file) => ({ bucket, key: file.key })),
  };
  const spoken = spokenSeconds(at('transcript')[0] ?? at('redacted')[0]);
  return {
    ...job,
    status: 'COMPLETED',
    completionTime: world.now().getTime(),
    output,
    // The one "identified" language covers all the speech.
    languageCodes: job.languageCodes?.map((item) => ({
      ...item,
      DurationInSeconds: spoken ?? 0,
    })),
    dueAt: undefined,
  };
}
