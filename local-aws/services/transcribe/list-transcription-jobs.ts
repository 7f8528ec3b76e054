import type {
  ListTranscriptionJobsRequest,
  ListTranscriptionJobsResponse,
} from '@aws-sdk/client-transcribe';
import { authorize } from '../../core/access';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { invalidNextToken } from './errors';
import { summarizeJob } from './job-description';
import { jobsOf } from './jobs';
import { pageOf } from './next-token';
import { validateRequest } from './validate';

export const DEFAULT_MAX_RESULTS = 5;

export const listTranscriptionJobs: Operation<
  ListTranscriptionJobsRequest,
  ListTranscriptionJobsResponse
> = (ctx, input) => {
  validateRequest('ListTranscriptionJobsRequest', input);
  const principal = requirePrincipal(ctx);
  // Listing has no resource of its own in IAM: it is authorized on "*".
  authorize(ctx, 'transcribe:ListTranscriptionJobs', '*');
  const status = input.Status ?? '';
  const contains = (input.JobNameContains ?? '').toLowerCase();
  const { page, nextToken } = pageOf(
    jobsOf(ctx.world, principal.accountId, ctx.region).filter(
      (job) =>
        (!status || job.status === status) &&
        (!contains || job.name.toLowerCase().includes(contains)),
    ),
    JSON.stringify(['jobs', status, contains]),
    input.NextToken,
    input.MaxResults ?? DEFAULT_MAX_RESULTS,
    invalidNextToken,
  );
  return {
    Status: input.Status,
    NextToken: nextToken,
    TranscriptionJobSummaries: page.map(summarizeJob),
  };
};
