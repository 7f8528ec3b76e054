import type { DeleteTranscriptionJobRequest } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { badRequest } from './errors';
import { findCallerJob } from './jobs';
import { isFinished, JOBS_TABLE, jobId } from './model';
import { validateRequest } from './validate';

export const deleteTranscriptionJob: Operation<
  DeleteTranscriptionJobRequest,
  Record<string, never>
> = (ctx, input) => {
  validateRequest('DeleteTranscriptionJobRequest', input);
  const job = findCallerJob(ctx, input.TranscriptionJobName!, 'transcribe:DeleteTranscriptionJob');
  // AWS documents BadRequestException for deleting a job in a non-terminal state.
  if (!isFinished(job.status))
    throw badRequest(
      `The job ${job.name} is ${job.status} and can't be deleted until it finishes. Wait for the job to complete or fail, then try your request again.`,
    );
  ctx.world.store.delete(JOBS_TABLE, jobId(job.accountId, job.region, job.name));
  return {};
};
