import { describe, expect, it } from 'vitest';
import { filterKey, nameFilterProblem, readJobsFilter, writeJobsFilter } from './jobs-filter';

describe('jobs filter in the URL', () => {
  it('reads status, name and page size, ignoring values the API would refuse', () => {
    expect(readJobsFilter(new URLSearchParams('status=FAILED&name=abc&pageSize=50'))).toEqual({
      status: 'FAILED',
      name: 'abc',
      pageSize: 50,
    });
    expect(readJobsFilter(new URLSearchParams('status=DONE&pageSize=7'))).toEqual({
      status: undefined,
      name: '',
      pageSize: 10,
    });
  });

  it('writes only what differs from the defaults and reads back the same', () => {
    expect(writeJobsFilter({ name: '', pageSize: 10 }).toString()).toBe('');
    const filter = { status: 'QUEUED' as const, name: 'meet', pageSize: 20 };
    expect(readJobsFilter(writeJobsFilter(filter))).toEqual(filter);
  });

  it('says what is wrong with a name filter outside the job name pattern (the page asks nothing then: e2e jobs.spec)', () => {
    expect(nameFilterProblem('')).toBeUndefined();
    expect(nameFilterProblem('meeting_2026.v1-a')).toBeUndefined();
    expect(nameFilterProblem('a b')).toMatch(/only letters, numbers/);
    expect(nameFilterProblem('<b>')).toMatch(/only letters, numbers/);
    expect(nameFilterProblem('x'.repeat(201))).toMatch(/at most 200/);
  });

  it('keys filters so paging starts over when one changes', () => {
    const base = { name: 'a', pageSize: 10 };
    expect(filterKey(base)).toBe(filterKey({ ...base }));
    expect(filterKey(base)).not.toBe(filterKey({ ...base, pageSize: 20 }));
    expect(filterKey(base)).not.toBe(filterKey({ ...base, status: 'FAILED' }));
  });
});
