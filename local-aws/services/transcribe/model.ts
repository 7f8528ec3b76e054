import type {
  LanguageCodeItem,
  MediaFormat,
  StartTranscriptionJobRequest,
  TranscriptionJobStatus,
} from '@aws-sdk/client-transcribe';
import type { Principal } from '../../core/types';
import type { S3Location } from './locations';

export const JOBS_TABLE = 'transcribe-jobs';

/**
 * Where a finished job's files went: the transcript (absent when ContentRedaction asked for
 * the redacted transcript only), the redacted transcript, and the subtitle files.
 */
export interface JobOutput {
  kind: 'customer' | 'service';
  transcript?: S3Location;
  redacted?: S3Location;
  subtitles: S3Location[];
}

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

export const isFinished = (status: TranscriptionJobStatus | undefined) =>
  status === 'COMPLETED' || status === 'FAILED';
