import type { TranscriptionJobStatus } from '@aws-sdk/client-transcribe';
import { isJobStatus, JOB_NAME_PATTERN } from '@/lib/transcribe/jobs';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 10;

/** What the jobs list shows, kept in the URL so a link or a reload shows the same list. */
export interface JobsFilter {
  status?: TranscriptionJobStatus;
  name: string;
  pageSize: number;
}

export function readJobsFilter(search: URLSearchParams): JobsFilter {
  const status = search.get('status');
  const pageSize = Number(search.get('pageSize'));
  return {
    status: isJobStatus(status) ? status : undefined,
    name: search.get('name') ?? '',
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function writeJobsFilter(filter: JobsFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.status) search.set('status', filter.status);
  if (filter.name) search.set('name', filter.name);
  if (filter.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(filter.pageSize));
  return search;
}

/**
 * Why a name filter cannot be sent, if it cannot: JobNameContains follows the job name pattern,
 * so anything else would only come back as a validation error.
 */
export function nameFilterProblem(name: string): string | undefined {
  if (name === '') return undefined;
  if (name.length > 200) return 'A job name has at most 200 characters.';
  if (!JOB_NAME_PATTERN.test(name))
    return 'Job names contain only letters, numbers, periods (.), hyphens (-) and underscores (_).';
  return undefined;
}

/** Identifies a filter: paging starts over when it changes. */
export function filterKey(filter: JobsFilter): string {
  return JSON.stringify([filter.status ?? '', filter.name, filter.pageSize]);
}
