import { createHmac, timingSafeEqual } from 'node:crypto';
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
import { validateRequest } from './validate';

export const DEFAULT_MAX_RESULTS = 5;

// Tokens are opaque to callers; the MAC only tells a token we issued from one we did not.
const TOKEN_KEY = 'local-aws transcribe list token';

interface TokenBody {
  /** The creation sequence of the last job returned: the next page starts below it. */
  after: number;
  /** The filters the token was issued for; a token is only good for the same query. */
  status: string;
  contains: string;
}

const mac = (payload: string) =>
  createHmac('sha256', TOKEN_KEY).update(payload).digest('base64url').slice(0, 22);

export function encodeNextToken(body: TokenBody): string {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

export function decodeNextToken(token: string): TokenBody | undefined {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenBody;
    return typeof body.after === 'number' ? body : undefined;
  } catch {
    return undefined;
  }
}

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
  let after = Number.POSITIVE_INFINITY;
  if (input.NextToken !== undefined) {
    const token = decodeNextToken(input.NextToken);
    if (!token || token.status !== status || token.contains !== contains) throw invalidNextToken();
    after = token.after;
  }
  const limit = input.MaxResults ?? DEFAULT_MAX_RESULTS;
  const matching = jobsOf(ctx.world, principal.accountId, ctx.region).filter(
    (job) =>
      job.seq < after &&
      (!status || job.status === status) &&
      (!contains || job.name.toLowerCase().includes(contains)),
  );
  const page = matching.slice(0, limit);
  const last = page[page.length - 1];
  return {
    Status: input.Status,
    NextToken:
      matching.length > limit && last
        ? encodeNextToken({ after: last.seq, status, contains })
        : undefined,
    TranscriptionJobSummaries: page.map(summarizeJob),
  };
};
