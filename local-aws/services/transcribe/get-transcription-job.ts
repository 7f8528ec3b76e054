import type {
  GetTranscriptionJobRequest,
  GetTranscriptionJobResponse,
} from '@aws-sdk/client-transcribe';
import { authorize } from '../../core/access';
import { type RequestContext, requirePrincipal } from '../../core/types';
import type { Operation } from '../../core/service';
import { describeJob, getJob, jobArn, jobId, type StoredJob } from './jobs';
import { s3HttpsUri } from './locations';
import { presignedTranscriptUrl } from './service-bucket';
import { badRequest, validateRequest } from './validation';

export const jobNotFound = () =>
  badRequest("The requested job couldn't be found. Check the job name and try your request again.");

/** The caller's own job by name (jobs belong to an account and region), or the AWS error. */
export function findCallerJob(ctx: RequestContext, name: string, action: string): StoredJob {
  const principal = requirePrincipal(ctx);
  authorize(ctx, action, jobArn(ctx.region, principal.accountId, name));
  const job = getJob(ctx.world, jobId(principal.accountId, ctx.region, name));
  if (!job) throw jobNotFound();
  return job;
}

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
