import type {
  GetTranscriptionJobRequest,
  GetTranscriptionJobResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { describeJob } from './job-description';
import { findCallerJob } from './jobs';
import { s3HttpsUri, type S3Location } from './locations';
import { presignedTranscriptUrl } from './service-bucket';
import { validateRequest } from './validate';

export const getTranscriptionJob: Operation<
  GetTranscriptionJobRequest,
  GetTranscriptionJobResponse
> = async (ctx, input) => {
  validateRequest('GetTranscriptionJobRequest', input);
  const job = findCallerJob(ctx, input.TranscriptionJobName!, 'transcribe:GetTranscriptionJob');
  const output = job.output;
  if (!output) return { TranscriptionJob: describeJob(job, 'get') };
  // A customer bucket's files are named by AWS's https form; the service bucket's are
  // presigned afresh on every call, as AWS does.
  const uriOf = (location: S3Location) =>
    output.kind === 'customer'
      ? Promise.resolve(s3HttpsUri(job.region, location))
      : presignedTranscriptUrl(ctx.world, location.key);
  const optional = (location: S3Location | undefined) =>
    location ? uriOf(location) : Promise.resolve(undefined);
  const [transcript, redacted, subtitles] = await Promise.all([
    optional(output.transcript),
    optional(output.redacted),
    Promise.all(output.subtitles.map(uriOf)),
  ]);
  return {
    TranscriptionJob: describeJob(job, 'get', {
      TranscriptFileUri: transcript,
      RedactedTranscriptFileUri: redacted,
      SubtitleFileUris: subtitles,
    }),
  };
};
