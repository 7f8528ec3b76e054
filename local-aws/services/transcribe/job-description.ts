import type { TranscriptionJob, TranscriptionJobSummary } from '@aws-sdk/client-transcribe';
import type { StoredJob } from './model';

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
  uris: {
    TranscriptFileUri?: string;
    RedactedTranscriptFileUri?: string;
    SubtitleFileUris?: string[];
  } = {},
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
        : finished
          ? compact({
              TranscriptFileUri: uris.TranscriptFileUri,
              RedactedTranscriptFileUri: uris.RedactedTranscriptFileUri,
            })
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
          SubtitleFileUris: finished ? uris.SubtitleFileUris : undefined,
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
