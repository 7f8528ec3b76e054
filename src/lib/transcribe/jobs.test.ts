import { describe, expect, it } from 'vitest';
import {
  formatJobTime,
  isJobActive,
  isJobNotFoundError,
  isJobStatus,
  jobLanguageLabel,
  jobStatusDisplay,
  outputLocationTypeLabel,
  refreshIntervalFor,
  ACTIVE_JOB_REFRESH_MS,
} from './jobs';

describe('job status logic', () => {
  it('treats only QUEUED and IN_PROGRESS as active', () => {
    expect(isJobActive('QUEUED')).toBe(true);
    expect(isJobActive('IN_PROGRESS')).toBe(true);
    expect(isJobActive('COMPLETED')).toBe(false);
    expect(isJobActive('FAILED')).toBe(false);
    expect(isJobActive(undefined)).toBe(false);
  });

  it('refreshes while any shown job is active and stops when none is', () => {
    expect(refreshIntervalFor(['COMPLETED', 'QUEUED', 'FAILED'])).toBe(ACTIVE_JOB_REFRESH_MS);
    expect(refreshIntervalFor(['IN_PROGRESS'])).toBe(ACTIVE_JOB_REFRESH_MS);
    expect(refreshIntervalFor(['COMPLETED', 'FAILED'])).toBe(false);
    expect(refreshIntervalFor([])).toBe(false);
    expect(refreshIntervalFor(undefined)).toBe(false);
  });

  it('shows statuses as the console does, and an unknown one as sent', () => {
    expect(jobStatusDisplay('COMPLETED')).toEqual({ type: 'success', label: 'Complete' });
    expect(jobStatusDisplay('FAILED')).toEqual({ type: 'error', label: 'Failed' });
    expect(jobStatusDisplay('QUEUED')).toEqual({ type: 'pending', label: 'Queued' });
    expect(jobStatusDisplay('IN_PROGRESS')).toEqual({ type: 'in-progress', label: 'In progress' });
    expect(jobStatusDisplay('PAUSED')).toEqual({ type: 'info', label: 'PAUSED' });
    expect(jobStatusDisplay(undefined).label).toBe('Unknown');
  });

  it('recognises status filter values', () => {
    expect(isJobStatus('COMPLETED')).toBe(true);
    expect(isJobStatus('completed')).toBe(false);
    expect(isJobStatus(null)).toBe(false);
  });

  it('names output location types', () => {
    expect(outputLocationTypeLabel('CUSTOMER_BUCKET')).toBe('Customer specified S3 bucket');
    expect(outputLocationTypeLabel('SERVICE_BUCKET')).toBe('Service-managed S3 bucket');
    expect(outputLocationTypeLabel(undefined)).toBe('-');
  });

  it('formats times with the zone, and a dash for none', () => {
    const time = new Date('2026-11-28T19:16:25Z');
    expect(formatJobTime(time, { timeZone: 'UTC' })).toBe('Nov 28, 2026, 19:16:25 UTC');
    expect(formatJobTime(time, { timeZone: 'UTC', seconds: false })).toBe(
      'Nov 28, 2026, 19:16 UTC',
    );
    expect(formatJobTime(undefined)).toBe('-');
    expect(formatJobTime(new Date(Number.NaN))).toBe('-');
  });

  it("recognises Transcribe's unknown-job error and nothing else", () => {
    const notFound = Object.assign(
      new Error(
        "The requested job couldn't be found. Check the job name and try your request again.",
      ),
      { name: 'BadRequestException' },
    );
    expect(isJobNotFoundError(notFound)).toBe(true);
    const otherBadRequest = Object.assign(new Error('1 validation error detected'), {
      name: 'BadRequestException',
    });
    expect(isJobNotFoundError(otherBadRequest)).toBe(false);
    expect(isJobNotFoundError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isJobNotFoundError(null)).toBe(false);
  });
});

describe('jobLanguageLabel', () => {
  it('shows the language asked for, identified, or being identified', () => {
    expect(jobLanguageLabel({ LanguageCode: 'en-US' })).toBe('English, US');
    expect(jobLanguageLabel({ LanguageCode: 'xx-XX' })).toBe('xx-XX');
    expect(jobLanguageLabel({ IdentifyLanguage: true })).toBe('Automatic language identification');
    expect(jobLanguageLabel({ IdentifyLanguage: true, LanguageCode: 'de-DE' })).toBe(
      'German (identified)',
    );
    expect(
      jobLanguageLabel({
        IdentifyMultipleLanguages: true,
        LanguageCodes: [{ LanguageCode: 'en-US' }, { LanguageCode: 'es-US' }],
      }),
    ).toBe('English, US; Spanish, US (identified)');
    expect(jobLanguageLabel({})).toBe('-');
  });
});
