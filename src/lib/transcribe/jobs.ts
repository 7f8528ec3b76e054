import { languageName } from './languages';
import type { TranscriptionJobStatus } from '@aws-sdk/client-transcribe';
import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';

/** How often a page refreshes while a job it shows can still change. */
export const ACTIVE_JOB_REFRESH_MS = 2000;

/** A job that is still QUEUED or IN_PROGRESS will change by itself; one that ended will not. */
export function isJobActive(status: TranscriptionJobStatus | string | undefined): boolean {
  return status === 'QUEUED' || status === 'IN_PROGRESS';
}

/** The refresh interval for a set of shown jobs: on while any can still change, else off. */
export function refreshIntervalFor(
  statuses: readonly (TranscriptionJobStatus | string | undefined)[] | undefined,
): number | false {
  return statuses?.some(isJobActive) ? ACTIVE_JOB_REFRESH_MS : false;
}

export interface JobStatusDisplay {
  type: StatusIndicatorProps.Type;
  label: string;
}

/** The status as the Transcribe console shows it. */
export function jobStatusDisplay(
  status: TranscriptionJobStatus | string | undefined,
): JobStatusDisplay {
  switch (status) {
    case 'QUEUED':
      return { type: 'pending', label: 'Queued' };
    case 'IN_PROGRESS':
      return { type: 'in-progress', label: 'In progress' };
    case 'COMPLETED':
      return { type: 'success', label: 'Complete' };
    case 'FAILED':
      return { type: 'error', label: 'Failed' };
    default:
      // A status this console does not know yet is shown as sent, not hidden.
      return { type: 'info', label: status ? status : 'Unknown' };
  }
}

export const jobStatusOptions: { value: TranscriptionJobStatus; label: string }[] = [
  { value: 'QUEUED', label: 'Queued' },
  { value: 'IN_PROGRESS', label: 'In progress' },
  { value: 'COMPLETED', label: 'Complete' },
  { value: 'FAILED', label: 'Failed' },
];

export function isJobStatus(value: string | null | undefined): value is TranscriptionJobStatus {
  return jobStatusOptions.some((option) => option.value === value);
}

/** Job names as the API accepts them (also what JobNameContains accepts). */
export const JOB_NAME_PATTERN = /^[0-9a-zA-Z._-]+$/;

export function outputLocationTypeLabel(type: string | undefined): string {
  if (type === 'CUSTOMER_BUCKET') return 'Customer specified S3 bucket';
  if (type === 'SERVICE_BUCKET') return 'Service-managed S3 bucket';
  return type ?? '-';
}

/** Job times are shown as every time in the console is. */
export { formatDateTime as formatJobTime } from '../format-date-time';

/** Whether an error from Get/DeleteTranscriptionJob means there is no job of that name. */
export function isJobNotFoundError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: string; message?: string };
  return (
    (name === 'BadRequestException' || name === 'NotFoundException') &&
    /couldn't be found|could not be found|does not exist/i.test(message ?? '')
  );
}

interface JobLanguageFields {
  LanguageCode?: string;
  IdentifyLanguage?: boolean;
  IdentifyMultipleLanguages?: boolean;
  LanguageCodes?: { LanguageCode?: string }[];
}

/** The job's language: the one asked for, or the one(s) identified, or that it is identifying. */
export function jobLanguageLabel(job: JobLanguageFields): string {
  const identifying = job.IdentifyLanguage || job.IdentifyMultipleLanguages;
  const identified = job.IdentifyMultipleLanguages
    ? (job.LanguageCodes ?? []).map((item) => item.LanguageCode).filter(Boolean)
    : [];
  if (identified.length === 0 && job.LanguageCode) identified.push(job.LanguageCode);
  if (identified.length === 0) return identifying ? 'Automatic language identification' : '-';
  const names = identified.map((code) => languageName(code ?? ''));
  return identifying ? `${names.join('; ')} (identified)` : names.join('; ');
}

/** "Copy": Create job, filled with that job's settings. */
export const copyJobPath = (name: string) => `/jobs/create?copy=${encodeURIComponent(name)}`;
