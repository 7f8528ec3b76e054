import type {
  LanguageCodeItem,
  MediaFormat,
  StartTranscriptionJobRequest,
  TranscriptionJob,
  TranscriptionJobStatus,
  TranscriptionJobSummary,
} from '@aws-sdk/client-transcribe';
import type { Principal, World } from '../../core/types';
import type { S3Location } from './locations';

export const JOBS_TABLE = 'transcribe-jobs';
const META_TABLE = 'transcribe-meta';

/** Where a finished job's files went. */
export type JobOutput =
  | { kind: 'customer'; transcript: S3Location; subtitles: S3Location[] }
  | { kind: 'service'; transcript: S3Location; subtitles: S3Location[] };

/** A transcription job as the store keeps it (plain JSON: times are epoch milliseconds). */
export interface StoredJob {
  /** Tells a job from a later one of the same name (a task for a deleted job must not run). */
  uid: string;
  /** Creation order within the store; lists are newest first. */
  seq: number;
  accountId: string;
  region: string;
  name: string;
  status: TranscriptionJobStatus;
  /** The caller who started the job: Transcribe reads and writes S3 and uses KMS as them. */
  principal: Principal;
  request: StartTranscriptionJobRequest;
  languageCode?: string;
  languageCodes?: LanguageCodeItem[];
  identifiedLanguageScore?: number;
  mediaFormat?: MediaFormat;
  mediaSampleRateHertz?: number;
  creationTime: number;
  startTime?: number;
  completionTime?: number;
  failureReason?: string;
  output?: JobOutput;
  /** When the next state change is due (epoch ms), so a restart can resume the job. */
  dueAt?: number;
}

export const jobId = (accountId: string, region: string, name: string) =>
  `${accountId}/${region}/${name}`;

export const jobArn = (region: string, accountId: string, name: string) =>
  `arn:aws:transcribe:${region}:${accountId}:transcription-job/${name}`;

export function getJob(world: World, id: string): StoredJob | undefined {
  return world.store.get<StoredJob>(JOBS_TABLE, id);
}

export function putJob(world: World, job: StoredJob): void {
  world.store.put(JOBS_TABLE, jobId(job.accountId, job.region, job.name), job);
}

/** The next creation sequence number, kept in the store so it survives restarts. */
export function nextSeq(world: World): number {
  const seq = (world.store.get<number>(META_TABLE, 'seq') ?? 0) + 1;
  world.store.put(META_TABLE, 'seq', seq);
  return seq;
}

/** The jobs of one account and region, newest first. */
export function jobsOf(world: World, accountId: string, region: string): StoredJob[] {
  return world.store
    .list<StoredJob>(JOBS_TABLE)
    .filter((job) => job.accountId === accountId && job.region === region)
    .sort((a, b) => b.seq - a.seq);
}

export const isFinished = (status: TranscriptionJobStatus | undefined) =>
  status === 'COMPLETED' || status === 'FAILED';

const date = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));

/** Drops undefined members so the JSON carries only what AWS would send. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The job as StartTranscriptionJob and GetTranscriptionJob describe it. Never the output
 * bucket, key or KMS key: AWS does not return them (the object itself shows its encryption).
 */
export function describeJob(
  job: StoredJob,
  view: 'start' | 'get',
  transcriptFileUri?: string,
  subtitleUris?: string[],
) {
  const request = job.request;
  const finished = job.status === 'COMPLETED';
  const description: TranscriptionJob = compact({
    TranscriptionJobName: job.name,
    TranscriptionJobStatus: job.status,
    LanguageCode: job.languageCode as TranscriptionJob['LanguageCode'],
    MediaSampleRateHertz: job.mediaSampleRateHertz,
    MediaFormat: job.mediaFormat,
    Media: request.Media,
    // Get always carries Transcript, empty until the job completes; Start's reply has none.
    Transcript:
      view === 'start'
        ? undefined
        : finished && transcriptFileUri
          ? { TranscriptFileUri: transcriptFileUri }
          : {},
    StartTime: date(job.startTime),
    CreationTime: date(job.creationTime),
    CompletionTime: date(job.completionTime),
    FailureReason: job.failureReason,
    Settings: { ChannelIdentification: false, ShowAlternatives: false, ...request.Settings },
    ModelSettings: request.ModelSettings,
    JobExecutionSettings: request.JobExecutionSettings,
    ContentRedaction: request.ContentRedaction,
    IdentifyLanguage: request.IdentifyLanguage,
    IdentifyMultipleLanguages: request.IdentifyMultipleLanguages,
    LanguageOptions: request.LanguageOptions,
    IdentifiedLanguageScore: job.identifiedLanguageScore,
    LanguageCodes: job.languageCodes,
    Tags: request.Tags,
    Subtitles: request.Subtitles
      ? compact({
          Formats: request.Subtitles.Formats ?? [],
          OutputStartIndex: request.Subtitles.OutputStartIndex ?? 0,
          SubtitleFileUris: finished ? subtitleUris : undefined,
        })
      : undefined,
    LanguageIdSettings: request.LanguageIdSettings,
    ToxicityDetection: request.ToxicityDetection,
  });
  return description;
}

/** One entry of ListTranscriptionJobs. */
export function summarizeJob(job: StoredJob): TranscriptionJobSummary {
  const request = job.request;
  return compact({
    TranscriptionJobName: job.name,
    CreationTime: date(job.creationTime),
    StartTime: date(job.startTime),
    CompletionTime: date(job.completionTime),
    LanguageCode: job.languageCode as TranscriptionJobSummary['LanguageCode'],
    TranscriptionJobStatus: job.status,
    FailureReason: job.failureReason,
    OutputLocationType: request.OutputBucketName ? 'CUSTOMER_BUCKET' : 'SERVICE_BUCKET',
    ContentRedaction: request.ContentRedaction,
    ModelSettings: request.ModelSettings,
    IdentifyLanguage: request.IdentifyLanguage,
    IdentifyMultipleLanguages: request.IdentifyMultipleLanguages,
    IdentifiedLanguageScore: job.identifiedLanguageScore,
    LanguageCodes: job.languageCodes,
    ToxicityDetection: request.ToxicityDetection,
  });
}
