import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, lookAt, signIn, test } from './fixtures';
import {
  deleteJob,
  getJob,
  jobEnded,
  loggedRequests,
  OWN_KEY_ID,
  setJobDelays,
  startJob,
  TRANSCRIPTS_BUCKET,
} from './jobs-seed';
import { MEDIA_BUCKET } from '../local-aws/seed/ids';

const table = (page: Page) => page.getByRole('table', { name: 'Transcription jobs' });
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const rowOf = (page: Page, name: string) =>
  bodyRows(page).filter({ has: page.getByRole('link', { name, exact: true }) });

test.beforeEach(async ({ localAws }) => {
  await localAws.reset();
});

test('the table shows each job in its columns and passes axe', async ({ page }) => {
  await startJob('columns-customer', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
  });
  await startJob('columns-service');
  await jobEnded('columns-customer');
  const job = await jobEnded('columns-service');

  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await expect(page.getByRole('heading', { level: 1, name: /Transcription jobs/ })).toBeVisible();
  const headers = await table(page).getByRole('columnheader').allInnerTexts();
  expect(headers.map((text) => text.trim()).filter(Boolean)).toEqual([
    'Job selection',
    'Name',
    'Status',
    'Language',
    'Creation time',
    'Completion time',
    'Output location type',
  ]);
  await expect(bodyRows(page)).toHaveCount(2);
  const customer = rowOf(page, 'columns-customer');
  await expect(customer).toContainText('Complete');
  await expect(customer).toContainText('English, US');
  await expect(customer).toContainText('Customer specified S3 bucket');
  const service = rowOf(page, 'columns-service');
  await expect(service).toContainText('Service-managed S3 bucket');
  // Times as the reader's zone shows them: the year and the zone are there.
  await expect(service).toContainText(String(job.CompletionTime!.getFullYear()));
  await expect(service).toContainText('UTC');
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'jobs-list');

  await rowOf(page, 'columns-service').getByRole('link', { name: 'columns-service' }).click();
  await expect(page).toHaveURL(/\/jobs\/columns-service$/);
});

test('pages through more jobs than a page with NextToken, back and forth', async ({ page }) => {
  const names = Array.from({ length: 12 }, (_, i) => `paged-${String(i + 1).padStart(2, '0')}`);
  for (const name of names) await startJob(name);
  await jobEnded('paged-12');

  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  // Newest first, 10 a page by default.
  await expect(bodyRows(page)).toHaveCount(10);
  await expect(rowOf(page, 'paged-12')).toBeVisible();
  await expect(rowOf(page, 'paged-02')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: /\(10\+\)/ })).toBeVisible();

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(bodyRows(page)).toHaveCount(2);
  await expect(rowOf(page, 'paged-02')).toBeVisible();
  await expect(rowOf(page, 'paged-01')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  const lists = await loggedRequests('ListTranscriptionJobs');
  expect(lists.length).toBe(2);

  await page.getByRole('button', { name: 'Page 1' }).click();
  await expect(rowOf(page, 'paged-12')).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(10);
  await page.getByRole('button', { name: 'Page 2' }).click();
  await expect(bodyRows(page)).toHaveCount(2);

  // A bigger page size holds them all, with no next page.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByRole('radio', { name: '20 jobs' }).check();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/pageSize=20/);
  await expect(bodyRows(page)).toHaveCount(12);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  // Back to 10 a page: when the jobs of page 2 are deleted elsewhere, a refresh steps back.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByRole('radio', { name: '10 jobs' }).check();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(bodyRows(page)).toHaveCount(2);
  await deleteJob('paged-01');
  await deleteJob('paged-02');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(bodyRows(page)).toHaveCount(10);
  await expect(rowOf(page, 'paged-12')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
});

test('filters by status and by name, on the server', async ({ page, localAws }) => {
  await startJob('alpha-done');
  await startJob('beta-done');
  await startJob('alpha-failed', { Media: { MediaFileUri: `s3://${MEDIA_BUCKET}/none.wav` } });
  await jobEnded('alpha-done');
  await jobEnded('beta-done');
  await jobEnded('alpha-failed', 'FAILED');

  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await expect(bodyRows(page)).toHaveCount(3);

  await page.getByRole('button', { name: /Filter by status/ }).click();
  await page.getByRole('option', { name: 'Failed' }).click();
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(rowOf(page, 'alpha-failed')).toContainText('Failed');
  await expect(page).toHaveURL(/status=FAILED/);

  await page.getByRole('button', { name: /Filter by status/ }).click();
  await page.getByRole('option', { name: 'Any status' }).click();
  await expect(bodyRows(page)).toHaveCount(3);

  await localAws.clearRequests();
  await page.getByRole('searchbox', { name: 'Filter jobs by name' }).pressSequentially('ALPHA');
  await expect(bodyRows(page)).toHaveCount(2);
  await expect(rowOf(page, 'beta-done')).toHaveCount(0);
  await expect(page).toHaveURL(/name=ALPHA/);
  // Debounced: typed letter by letter, yet fewer requests than letters (one when typing is quick).
  expect((await loggedRequests('ListTranscriptionJobs')).length).toBeLessThan(5);

  await page.getByRole('searchbox', { name: 'Filter jobs by name' }).fill('nothing-like-it');
  await expect(page.getByText('No matches')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(bodyRows(page)).toHaveCount(3);

  // Outside the name pattern: said at once, and no request carries it, even once the pause in
  // typing has put it in the URL. (The page's own requests are watched, not local-aws's log,
  // which may still receive the refetch that "Clear filter" started.)
  const nameFilters: unknown[] = [];
  page.on('request', (request) => {
    if (request.headers()['x-amz-target'] === 'Transcribe.ListTranscriptionJobs')
      nameFilters.push((request.postDataJSON() as { JobNameContains?: string }).JobNameContains);
  });
  await page.getByRole('searchbox', { name: 'Filter jobs by name' }).fill('<b>x');
  await expect(page.getByText('Invalid name filter')).toBeVisible();
  await expect(page.getByText(/only letters, numbers/)).toBeVisible();
  await expect(page).toHaveURL(/name=%3Cb%3Ex/);
  expect(nameFilters).not.toContain('<b>x');
});

test('refreshes on request, and by itself only while a job is queued or in progress', async ({
  page,
}) => {
  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await expect(page.getByText('No transcription jobs')).toBeVisible();
  await setJobDelays({ queuedMs: 1500, inProgressMs: 1500 });
  await startJob('watched');
  await page.getByRole('button', { name: 'Refresh' }).click();
  const row = rowOf(page, 'watched');
  await expect(row).toContainText(/Queued|In progress/);

  // No more clicks: the page polls until the job has completed.
  await expect(row).toContainText('Complete', { timeout: 15_000 });
  const whenComplete = (await loggedRequests('ListTranscriptionJobs')).length;
  expect(whenComplete).toBeGreaterThanOrEqual(3);

  // Polling stopped: the newest list request grows older than several refresh intervals.
  await expect
    .poll(
      async () => {
        const last = (await loggedRequests('ListTranscriptionJobs')).at(-1)!;
        return Date.now() - Date.parse(last.time);
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(6_000);
  expect((await loggedRequests('ListTranscriptionJobs')).length).toBe(whenComplete);
});

test('deletes the selected job after a confirmation that names it', async ({ page }) => {
  await startJob('keep-me');
  await startJob('delete-me');
  await jobEnded('delete-me');
  await jobEnded('keep-me');

  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  const deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
  await expect(deleteButton).toBeDisabled();
  await page.getByRole('radio', { name: 'delete-me' }).check();
  await deleteButton.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Permanently delete transcription job delete-me?');
  await lookAt(page, 'delete-dialog');
  await expectNoSeriousA11yViolations(page);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, 'delete-me')).toBeVisible();

  await deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Job delete-me deleted')).toBeVisible();
  await lookAt(page, 'deleted-flash');
  await expect(rowOf(page, 'delete-me')).toHaveCount(0);
  await expect(rowOf(page, 'keep-me')).toBeVisible();
  await expect(getJob('delete-me')).rejects.toThrow(/couldn't be found/);

  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByText('Job delete-me deleted')).toBeHidden();
});

test('a delete that fails says why in the dialog and keeps the job', async ({ page, localAws }) => {
  await startJob('stays');
  await jobEnded('stays');
  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await localAws.faults([
    { service: 'transcribe', operation: 'DeleteTranscriptionJob', errorRate: 1 },
  ]);
  await page.getByRole('radio', { name: 'stays' }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog.getByText('The job was not deleted')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByText('local-aws: injected server error')).toBeVisible();
  expect((await getJob('stays')).TranscriptionJobName).toBe('stays');

  await localAws.faults([]);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Job stays deleted')).toBeVisible();
  await expect(getJob('stays')).rejects.toThrow(/couldn't be found/);
});

test('shows an empty state, and an error with Retry', async ({ page, localAws }) => {
  await signIn(page, undefined, undefined, { returnTo: '/jobs' });
  await expect(page.getByText('No transcription jobs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create transcription job' })).toBeVisible();

  await localAws.faults([
    { service: 'transcribe', operation: 'ListTranscriptionJobs', errorRate: 1 },
  ]);
  await page.getByRole('button', { name: 'Refresh' }).click();
  const alert = page.getByText('The transcription jobs could not be loaded');
  await expect(alert).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'list-error');

  await localAws.faults([]);
  await startJob('after-retry');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeHidden();
  await expect(rowOf(page, 'after-retry')).toBeVisible();

  await page.getByRole('button', { name: 'Create job', exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/create$/);
});

test('selects, deletes and opens jobs by keyboard alone', async ({ page }) => {
  await startJob('kb-keep');
  await startJob('kb-delete');
  await jobEnded('kb-keep');
  await jobEnded('kb-delete');
  await signIn(page, undefined, undefined, { returnTo: '/jobs' });

  const radio = page.getByRole('radio', { name: 'kb-delete' });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  const deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
  await expect(deleteButton).toBeEnabled();
  await deleteButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('kb-delete');
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  // Focus is trapped in the dialog: Tab reaches its Delete button.
  for (let i = 0; i < 5; i += 1) {
    if (await confirm.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Job kb-delete deleted')).toBeVisible();
  await expect(rowOf(page, 'kb-delete')).toHaveCount(0);

  const link = page.getByRole('link', { name: 'kb-keep', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'kb-keep' })).toBeVisible();
});
