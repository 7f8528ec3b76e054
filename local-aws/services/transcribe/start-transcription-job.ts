import { randomUUID } from 'node:crypto';
import type {
  StartTranscriptionJobRequest,
  StartTranscriptionJobResponse,
} from '@aws-sdk/client-transcribe';
import { authorize } from '../../core/access';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { badRequest, jobNameTaken } from './errors';
import { describeJob } from './job-description';
import { jobCustomResourceProblem } from './job-custom-resources';
import { getJob, nextSeq, putJob } from './jobs';
import { scheduleJob } from './lifecycle';
import { jobArn, jobId, type StoredJob } from './model';
import { startRequestProblem } from './request-rules';
import { validateRequest } from './validate';

export const startTranscriptionJob: Operation<
  StartTranscriptionJobRequest,
  StartTranscriptionJobResponse
> = (ctx, input) => {
  validateRequest('StartTranscriptionJobRequest', input);
  const principal = requirePrincipal(ctx);
  const name = input.TranscriptionJobName!;
  const arn = jobArn(ctx.region, principal.accountId, name);
  authorize(ctx, 'transcribe:StartTranscriptionJob', arn);
  if (input.Tags !== undefined) authorize(ctx, 'transcribe:TagResource', arn);
  const problem = startRequestProblem(input, ctx.world.options.publicUrl);
  if (problem) throw badRequest(problem);
  const notReady = jobCustomResourceProblem(ctx.world, principal.accountId, ctx.region, input);
  if (notReady) throw badRequest(notReady);

  const world = ctx.world;
  if (getJob(world, jobId(principal.accountId, ctx.region, name))) throw jobNameTaken();
  const now = world.now().getTime();
  const job: StoredJob = world.store.batch(() => {
    const created: StoredJob = {
      uid: randomUUID(),
      seq: nextSeq(world),
      accountId: principal.accountId,
      region: ctx.region,
      name,
      status: 'QUEUED',
      principal,
      request: input,
      languageCode: input.LanguageCode,
      mediaFormat: input.MediaFormat,
      mediaSampleRateHertz: input.MediaSampleRateHertz,
      creationTime: now,
      dueAt: now + world.options.jobDelays.queuedMs,
    };
    putJob(world, created);
    return created;
  });
  scheduleJob(world, job);
  return { TranscriptionJob: describeJob(job, 'start') };
};
