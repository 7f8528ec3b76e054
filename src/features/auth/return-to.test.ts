import { describe, expect, it } from 'vitest';
import { HOME_PATH, sanitizeReturnTo, signInPath } from './return-to';

describe('sanitizeReturnTo', () => {
  it('keeps a same-origin path with its query and hash', () => {
    expect(sanitizeReturnTo('/jobs/create')).toBe('/jobs/create');
    expect(sanitizeReturnTo('/jobs?status=FAILED#top')).toBe('/jobs?status=FAILED#top');
    expect(sanitizeReturnTo('/jobs/my%20job')).toBe('/jobs/my%20job');
  });

  it('goes home when there is nothing to go back to', () => {
    expect(sanitizeReturnTo(null)).toBe(HOME_PATH);
    expect(sanitizeReturnTo(undefined)).toBe(HOME_PATH);
    expect(sanitizeReturnTo('')).toBe(HOME_PATH);
  });

  it.each([
    'https://evil.example/jobs',
    'http:evil.example',
    '//evil.example/jobs',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'jobs/create',
    '/\t/evil.example',
    '/\n/evil.example',
    ' /jobs',
  ])('refuses %j, which could leave the origin', (raw) => {
    expect(sanitizeReturnTo(raw)).toBe(HOME_PATH);
  });

  it('normalises dot segments instead of trusting them', () => {
    expect(sanitizeReturnTo('/jobs/../jobs/create')).toBe('/jobs/create');
    expect(sanitizeReturnTo('/..//evil.example')).toBe(HOME_PATH);
  });

  it('never returns to the sign-in page itself', () => {
    expect(sanitizeReturnTo('/signin')).toBe(HOME_PATH);
    expect(sanitizeReturnTo('/signin?returnTo=/jobs')).toBe(HOME_PATH);
  });

  it('refuses absurdly long values', () => {
    expect(sanitizeReturnTo(`/jobs/${'a'.repeat(3000)}`)).toBe(HOME_PATH);
  });
});

describe('signInPath', () => {
  it('carries the path to come back to', () => {
    expect(signInPath('/jobs/create')).toBe('/signin?returnTo=%2Fjobs%2Fcreate');
    expect(signInPath('/jobs?status=FAILED')).toBe('/signin?returnTo=%2Fjobs%3Fstatus%3DFAILED');
  });

  it('round-trips through URLSearchParams and the sanitiser', () => {
    const path = '/jobs/a.b_c-1?x=1&y=2#h';
    const query = new URL(signInPath(path), 'http://x').searchParams.get('returnTo');
    expect(sanitizeReturnTo(query)).toBe(path);
  });

  it('drops a return path that is not allowed', () => {
    expect(signInPath('https://evil.example')).toBe('/signin');
    expect(signInPath()).toBe('/signin');
  });
});
