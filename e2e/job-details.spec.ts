import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, lookAt, signIn, test } from './fixtures';
import {
  getJob,
  jobEnded,
  mediaTranscript,
  MEDIA_URI,
  OWN_KEY_ARN,
  OWN_KEY_ID,
  setJobDelays,
  SHARED_KEY_ARN,
  startJob,
  TRANSCRIPTS_BUCKET,
} from './jobs-seed';

/** The value shown beside a label in a key-value list. */
const valueOf = (page: Page, label: string) =>
  page
    .locator('dl > div, [class*="key-value-pairs"] > * > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .first();

const transcriptText = (page: Page) => page.getByRole('region', { name: 'Transcript text' });

test.beforeEach(async ({ localAws }) => {
  await localAws.reset();
});

test('a job with its own KMS key: SSE-KMS with the key ARN, preview and download', async ({
  page,
}) => {
  await startJob('own-key', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'reports/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
    Tags: [{ Key: 'team', Value: 'analytics' }],
    Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 2 },
  });
  const job = await jobEnded('own-key');
  const words = await mediaTranscript();
  expect(words).not.toBe('');

  await signIn(page, undefined, undefined, { returnTo: '/jobs/own-key' });
  await expect(page.getByRole('heading', { level: 1, name: 'own-key' })).toBeVisible();
  await expect(valueOf(page, 'Status')).toContainText('Complete');
  await expect(valueOf(page, 'Language')).toContainText('English, US');
  await expect(valueOf(page, 'Media file')).toContainText(MEDIA_URI);
  await expect(valueOf(page, 'Media format')).toContainText(job.MediaFormat!);
  await expect(valueOf(page, 'Sample rate')).toContainText(`${job.MediaSampleRateHertz} Hz`);
  await expect(valueOf(page, 'Output location type')).toContainText('Customer specified S3 bucket');
  await expect(valueOf(page, 'Output location')).toContainText(
    `s3://${TRANSCRIPTS_BUCKET}/reports/own-key.json`,
  );
  await expect(valueOf(page, 'Output encryption')).toContainText('SSE-KMS');
  await expect(valueOf(page, 'KMS key ARN')).toContainText(OWN_KEY_ARN);
  await expect(valueOf(page, 'team')).toContainText('analytics');
  await expect(valueOf(page, 'Speaker identification')).toContainText('Up to 2 speakers');
  await expect(transcriptText(page)).toHaveText(words);
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'details-own-key');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('own-key.json');
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    jobName: string;
    results: { transcripts: { transcript: string }[] };
  };
  expect(file.jobName).toBe('own-key');
  expect(file.results.transcripts[0]!.transcript).toBe(words);
});

test('a job without a key: SSE-S3, no KMS key', async ({ page }) => {
  await startJob('no-key', { OutputBucketName: TRANSCRIPTS_BUCKET });
  await jobEnded('no-key');
  await signIn(page, undefined, undefined, { returnTo: '/jobs/no-key' });
  await expect(valueOf(page, 'Output encryption')).toContainText('SSE-S3');
  await expect(page.getByText('KMS key ARN')).toHaveCount(0);
  // No optional settings: no Settings section.
  await expect(page.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
  await expect(transcriptText(page)).toHaveText(await mediaTranscript());
});

test('a job in the service-managed bucket: said so, previewed through its presigned URL', async ({
  page,
}) => {
  await startJob('service-bucket');
  await jobEnded('service-bucket');
  await signIn(page, undefined, undefined, { returnTo: '/jobs/service-bucket' });
  await expect(valueOf(page, 'Output location type')).toContainText('Service-managed S3 bucket');
  await expect(valueOf(page, 'Output encryption')).toContainText('Service-managed S3 bucket');
  await expect(transcriptText(page)).toHaveText(await mediaTranscript());
  await expect(page.getByRole('button', { name: 'Download' })).toBeEnabled();
});

test('a failed job shows its failure reason as text', async ({ page }) => {
  await startJob('disabled-key', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputEncryptionKMSKeyId: 'alias/legacy-disabled',
  });
  const job = await jobEnded('disabled-key', 'FAILED');
  expect(job.FailureReason).toBeTruthy();

  await signIn(page, undefined, undefined, { returnTo: '/jobs/disabled-key' });
  await expect(valueOf(page, 'Status')).toContainText('Failed');
  await expect(valueOf(page, 'Failure reason')).toContainText(job.FailureReason!);
  await expect(page.getByText('The job failed, so there is no transcript.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download' })).toBeDisabled();
  await lookAt(page, 'details-failed');
});

test('a transcript under a shared key without kms:Decrypt: said plainly, naming the key', async ({
  page,
}) => {
  await startJob('shared-key', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputEncryptionKMSKeyId: SHARED_KEY_ARN,
  });
  await jobEnded('shared-key');

  await signIn(page, undefined, undefined, { returnTo: '/jobs/shared-key' });
  await expect(valueOf(page, 'Output encryption')).toContainText('SSE-KMS');
  await expect(valueOf(page, 'KMS key ARN')).toContainText(SHARED_KEY_ARN);
  await expect(page.getByText('You cannot decrypt this transcript')).toBeVisible();
  await expect(
    page.getByText(
      `The transcript is encrypted with the KMS key ${SHARED_KEY_ARN}, and you lack kms:Decrypt on it`,
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download' })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'details-no-decrypt');
});

test('an unknown job name is a "not found" page with a way back', async ({ page }) => {
  await signIn(page, undefined, undefined, { returnTo: '/jobs/no-such-job' });
  await expect(page.getByRole('heading', { level: 1, name: 'Job not found' })).toBeVisible();
  await expect(page.getByText('There is no transcription job named “no-such-job”')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Go to Transcription jobs' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
});

test('tags with markup render as text', async ({ page }) => {
  const markup = '<img src=x onerror="window.__xss=1">';
  await startJob('markup-tags', { Tags: [{ Key: 'note', Value: markup }] });
  await jobEnded('markup-tags');
  await signIn(page, undefined, undefined, { returnTo: '/jobs/markup-tags' });
  await expect(valueOf(page, 'note')).toContainText(markup);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});

test('refreshes by itself until the job ends, then shows the transcript', async ({
  page,
  localAws,
}) => {
  // Signed in first (slow), so the job is young when its page opens.
  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await setJobDelays({ queuedMs: 2500, inProgressMs: 2500 });
  await startJob('watch-details', { OutputBucketName: TRANSCRIPTS_BUCKET });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page.getByRole('link', { name: 'watch-details' }).click();
  await expect(valueOf(page, 'Status')).toContainText(/Queued|In progress/);
  await expect(page.getByText('The transcript is available when the job completes.')).toBeVisible();
  await lookAt(page, 'details-running');

  await expect(valueOf(page, 'Status')).toContainText('Complete', { timeout: 15_000 });
  await expect(transcriptText(page)).toHaveText(await mediaTranscript());
  await expect(valueOf(page, 'Output encryption')).toContainText('SSE-S3');

  const gets = async () =>
    (await localAws.requests()).filter((r) => r.operation === 'GetTranscriptionJob').length;
  const whenComplete = await gets();
  // Polling stopped: no further GetTranscriptionJob while HeadObject and GetObject ran once.
  await expect
    .poll(
      async () => {
        const requests = (await localAws.requests()) as { time?: string; operation: string }[];
        const last = requests.filter((r) => r.operation === 'GetTranscriptionJob').at(-1)!;
        return Date.now() - Date.parse(last.time!);
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(6_000);
  expect(await gets()).toBe(whenComplete);
});

test('deletes the job from its page after a confirmation naming it', async ({ page }) => {
  await startJob('details-delete');
  await jobEnded('details-delete');
  await signIn(page, undefined, undefined, { returnTo: '/jobs/details-delete' });
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Permanently delete transcription job details-delete?');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByText('Job details-delete deleted')).toBeVisible();
  await expect(getJob('details-delete')).rejects.toThrow(/couldn't be found/);
});

test('after "Create job", the details page shows the job with a dismissible flash', async ({
  page,
}) => {
  await signIn(page, undefined, undefined, { returnTo: '/jobs/create' });
  await page.getByLabel('Name', { exact: true }).fill('from-create');
  await page.getByRole('searchbox', { name: 'Input file location on S3' }).fill(MEDIA_URI);
  await page.getByRole('button', { name: 'Create job' }).click();

  await expect(page).toHaveURL(/\/jobs\/from-create$/);
  const flash = page.getByText('Job from-create created');
  await expect(flash).toBeVisible();
  await expect(valueOf(page, 'Media file')).toContainText(MEDIA_URI);
  await expect(valueOf(page, 'Status')).toContainText('Complete', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(flash).toBeHidden();
  // The message was for that moment only: a reload does not bring it back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'from-create' })).toBeVisible();
  await expect(valueOf(page, 'Status')).toContainText('Complete');
  await expect(flash).toBeHidden();
});

test('an error other than "not found" is an alert with Retry, not a crash', async ({
  page,
  localAws,
}) => {
  await startJob('flaky-get');
  await jobEnded('flaky-get');
  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await localAws.faults([
    { service: 'transcribe', operation: 'GetTranscriptionJob', throttleRate: 1 },
  ]);
  await page.getByRole('link', { name: 'flaky-get' }).click();
  const alert = page.getByText('The transcription job could not be loaded');
  await expect(alert).toBeVisible();
  await expect(page.getByText('Job not found')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await localAws.faults([]);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeHidden();
  await expect(valueOf(page, 'Status')).toContainText('Complete');
});

test('a name no job can have (markup) is "not found" at once, shown as text', async ({
  page,
  localAws,
}) => {
  const name = '<img src=x onerror="window.__xss=1">';
  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await localAws.clearRequests();
  await page.goto(`/jobs/${encodeURIComponent(name)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Job not found' })).toBeVisible();
  await expect(page.getByText(`There is no transcription job named “${name}”`)).toBeVisible();
  await expect(page.getByText(/Job names have 1 to 200 letters/)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  const gets = (await localAws.requests()).filter((r) => r.operation === 'GetTranscriptionJob');
  expect(gets).toEqual([]);
});
