import type {
  GetTranscriptionJobRequest,
  GetTranscriptionJobResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { describeJob } from './job-description';
import { findCallerJob } from './jobs';
import { s3HttpsUri } from './locations';
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
  const uriOf = (key: string) =>
    output.kind === 'customer'
      ? Promise.resolve(s3HttpsUri(job.region, { bucket: output.transcript.bucket, key }))
      : presignedTranscriptUrl(ctx.world, key);
  const transcriptUri = await uriOf(output.transcript.key);
  const subtitleUris = await Promise.all(output.subtitles.map((file) => uriOf(file.key)));
  return { TranscriptionJob: describeJob(job, 'get', transcriptUri, subtitleUris) };
};
