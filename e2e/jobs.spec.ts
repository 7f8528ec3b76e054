import { deleteJob, getJob, jobEnded, startJob } from './aws-admin';
import { tabTo } from './keyboard';
import { lookAt } from './look-at';
import { MEDIA_BUCKET, OWN_KEY_ID, TRANSCRIPTS_BUCKET } from './seeded-world';
import { expect, test } from './test';

/** More than any refresh interval of the pages (2 s while a job is active). */
const A_MINUTE = 60_000;

test.describe('in a reader far from UTC', () => {
  const zone = 'Asia/Kolkata';
  test.use({ timezoneId: zone });

  test('the table shows each job in its columns, times in the reader’s zone, and passes axe', async ({
    page,
    signIn,
    jobsPage,
    a11y,
  }) => {
    await startJob('columns-customer', {
      OutputBucketName: TRANSCRIPTS_BUCKET,
      OutputEncryptionKMSKeyId: OWN_KEY_ID,
    });
    await startJob('columns-service');
    await jobEnded('columns-customer');
    const job = await jobEnded('columns-service');

    await signIn({ at: '/jobs' });
    await expect(jobsPage.heading).toBeVisible();
    const headers = await jobsPage.columnHeaders.allInnerTexts();
    expect(headers.map((text) => text.trim()).filter(Boolean)).toEqual([
      'Job selection',
      'Name',
      'Status',
      'Language',
      'Creation time',
      'Completion time',
      'Output location type',
    ]);
    await expect(jobsPage.jobRows).toHaveCount(2);
    const customer = jobsPage.row('columns-customer');
    await expect(customer).toContainText('Complete');
    await expect(customer).toContainText('English, US');
    await expect(customer).toContainText('Customer specified S3 bucket');
    const service = jobsPage.row('columns-service');
    await expect(service).toContainText('Service-managed S3 bucket');
    // The job's own times, as a reader in that zone reads them, with the zone named.
    const inZone = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone: zone,
    });
    await expect(service).toContainText(inZone.format(job.CreationTime));
    await expect(service).toContainText(inZone.format(job.CompletionTime));
    await a11y.expectNoSeriousViolations();
    await lookAt(page, 'jobs-list');

    await jobsPage.link('columns-service').click();
    await expect(page).toHaveURL(/\/jobs\/columns-service$/);
  });
});

test('pages through more jobs than a page with NextToken, back and forth', async ({
  page,
  signIn,
  jobsPage,
  pageRequests,
}) => {
  const names = Array.from({ length: 12 }, (_, i) => `paged-${String(i + 1).padStart(2, '0')}`);
  for (const name of names) await startJob(name);
  await jobEnded('paged-12');

  await signIn({ at: '/jobs' });
  // Newest first, 10 a page by default.
  await expect(jobsPage.jobRows).toHaveCount(10);
  await expect(jobsPage.row('paged-12')).toBeVisible();
  await expect(jobsPage.row('paged-02')).toHaveCount(0);
  await expect(jobsPage.heading).toHaveText(/\(10\+\)/);

  await jobsPage.nextPageButton.click();
  await expect(jobsPage.jobRows).toHaveCount(2);
  await expect(jobsPage.row('paged-02')).toBeVisible();
  await expect(jobsPage.row('paged-01')).toBeVisible();
  await expect(jobsPage.nextPageButton).toBeDisabled();
  // The second page was asked for with the first page's NextToken.
  await pageRequests.settled();
  const lists = pageRequests.bodies<{ NextToken?: string }>('ListTranscriptionJobs');
  expect(lists).toHaveLength(2);
  expect(lists[0]!.NextToken).toBeUndefined();
  expect(lists[1]!.NextToken).toEqual(expect.any(String));

  await jobsPage.pageButton(1).click();
  await expect(jobsPage.row('paged-12')).toBeVisible();
  await expect(jobsPage.jobRows).toHaveCount(10);
  await jobsPage.pageButton(2).click();
  await expect(jobsPage.jobRows).toHaveCount(2);

  // A bigger page size holds them all, with no next page.
  await jobsPage.setPageSize(20);
  await expect(page).toHaveURL(/pageSize=20/);
  await expect(jobsPage.jobRows).toHaveCount(12);
  await expect(jobsPage.nextPageButton).toBeDisabled();

  // Back to 10 a page: when the jobs of page 2 are deleted elsewhere, a refresh steps back.
  await jobsPage.setPageSize(10);
  await jobsPage.nextPageButton.click();
  await expect(jobsPage.jobRows).toHaveCount(2);
  await deleteJob('paged-01');
  await deleteJob('paged-02');
  await jobsPage.refreshButton.click();
  await expect(jobsPage.jobRows).toHaveCount(10);
  await expect(jobsPage.row('paged-12')).toBeVisible();
  await expect(jobsPage.nextPageButton).toBeDisabled();
});

test('filters by status and by name, on the server', async ({
  page,
  signIn,
  jobsPage,
  pageRequests,
}) => {
  await startJob('alpha-done');
  await startJob('beta-done');
  await startJob('alpha-failed', { Media: { MediaFileUri: `s3://${MEDIA_BUCKET}/none.wav` } });
  await jobEnded('alpha-done');
  await jobEnded('beta-done');
  await jobEnded('alpha-failed', 'FAILED');
  type ListInput = { Status?: string; JobNameContains?: string };
  const listInputs = () => pageRequests.bodies<ListInput>('ListTranscriptionJobs');

  // The page's timers (the pause in typing the name filter waits for) run on a clock the test
  // steps.
  await page.clock.install();
  await signIn({ at: '/jobs' });
  await expect(jobsPage.jobRows).toHaveCount(3);

  await jobsPage.filterByStatus('Failed');
  await expect(jobsPage.jobRows).toHaveCount(1);
  await expect(jobsPage.row('alpha-failed')).toContainText('Failed');
  await expect(page).toHaveURL(/status=FAILED/);
  // The server did the filtering: the page asked it for failed jobs.
  expect(listInputs()).toContainEqual(expect.objectContaining({ Status: 'FAILED' }));

  await jobsPage.filterByStatus('Any status');
  await expect(jobsPage.jobRows).toHaveCount(3);

  // Letters typed with no pause between them (the clock stands still) make no request; the
  // pause after them makes one, for the whole text.
  await pageRequests.settled();
  const beforeTyping = listInputs().length;
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await jobsPage.nameFilter.pressSequentially('ALPHA');
  await page.clock.runFor(1000);
  await page.clock.resume();
  await expect(jobsPage.jobRows).toHaveCount(2);
  await expect(jobsPage.row('beta-done')).toHaveCount(0);
  await expect(page).toHaveURL(/name=ALPHA/);
  await pageRequests.settled();
  expect(listInputs().slice(beforeTyping)).toEqual([
    expect.objectContaining({ JobNameContains: 'ALPHA' }),
  ]);

  await jobsPage.nameFilter.fill('nothing-like-it');
  await expect(page.getByText('No matches')).toBeVisible();
  await jobsPage.clearFilterButton.click();
  await expect(jobsPage.jobRows).toHaveCount(3);

  // Outside the name pattern: said at once, and no request carries it, even once the pause in
  // typing has put it in the URL. A valid name typed after it is sent: any request for the
  // invalid one would have been sent before that.
  await jobsPage.nameFilter.fill('<b>x');
  await expect(page.getByText('Invalid name filter')).toBeVisible();
  await expect(page.getByText(/only letters, numbers/)).toBeVisible();
  await expect(page).toHaveURL(/name=%3Cb%3Ex/);
  await jobsPage.nameFilter.fill('beta');
  await expect(jobsPage.jobRows).toHaveCount(1);
  await pageRequests.settled();
  const names = listInputs().map((input) => input.JobNameContains);
  expect(names).toContain('beta');
  expect(names).not.toContain('<b>x');
});

test('refreshes on request, and by itself only while a job is queued or in progress', async ({
  page,
  signIn,
  jobsPage,
  localAws,
  pageRequests,
}) => {
  // The page's timers run on a clock the test can step.
  await page.clock.install();
  await signIn({ at: '/jobs' });
  await expect(jobsPage.emptyState).toBeVisible();
  await localAws.jobDelays({ queuedMs: 1500, inProgressMs: 1500 });
  await startJob('watched');
  await jobsPage.refreshButton.click();
  const row = jobsPage.row('watched');
  await expect(row).toContainText(/Queued|In progress/);

  // No more clicks: the page polls until the job has completed.
  await expect(row).toContainText('Complete', { timeout: 15_000 });
  await pageRequests.settled();
  const whenComplete = pageRequests.count('ListTranscriptionJobs');
  // The first load, the click, and at least one poll.
  expect(whenComplete).toBeGreaterThanOrEqual(3);

  // Polling stopped: a minute of the page's time passes at once, and the one list request after
  // it is the one a click asks for.
  await page.clock.runFor(A_MINUTE);
  await jobsPage.refreshButton.click();
  await expect
    .poll(() => pageRequests.count('ListTranscriptionJobs'))
    .toBeGreaterThan(whenComplete);
  await pageRequests.settled();
  expect(pageRequests.count('ListTranscriptionJobs')).toBe(whenComplete + 1);
});

test('deletes the selected job after a confirmation that names it', async ({
  page,
  signIn,
  shell,
  jobsPage,
  a11y,
}) => {
  await startJob('keep-me');
  await startJob('delete-me');
  await jobEnded('delete-me');
  await jobEnded('keep-me');

  await signIn({ at: '/jobs' });
  await expect(jobsPage.deleteButton).toBeDisabled();
  const dialog = await jobsPage.startDeleting('delete-me');
  await expect(dialog.dialog).toContainText('Permanently delete transcription job delete-me?');
  await lookAt(page, 'delete-dialog');
  await a11y.expectNoSeriousViolations();

  await dialog.cancelButton.click();
  await expect(dialog.dialog).toBeHidden();
  await expect(jobsPage.row('delete-me')).toBeVisible();

  await jobsPage.deleteButton.click();
  await dialog.confirmButton.click();
  await expect(shell.flash('Job delete-me deleted')).toBeVisible();
  await lookAt(page, 'deleted-flash');
  await expect(jobsPage.row('delete-me')).toHaveCount(0);
  await expect(jobsPage.row('keep-me')).toBeVisible();
  await expect(getJob('delete-me')).rejects.toThrow(/couldn't be found/);

  await shell.dismissFlash.click();
  await expect(shell.flash('Job delete-me deleted')).toBeHidden();
});

test('a delete that fails says why in the dialog and keeps the job', async ({
  signIn,
  shell,
  jobsPage,
  localAws,
}) => {
  await startJob('stays');
  await jobEnded('stays');
  await signIn({ at: '/jobs' });
  await localAws.faults([
    { service: 'transcribe', operation: 'DeleteTranscriptionJob', errorRate: 1 },
  ]);
  const dialog = await jobsPage.startDeleting('stays');
  await dialog.confirmButton.click();
  await expect(dialog.message('The job was not deleted')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.message('local-aws: injected server error')).toBeVisible();
  expect((await getJob('stays')).TranscriptionJobName).toBe('stays');

  await localAws.faults([]);
  await dialog.confirmButton.click();
  await expect(shell.flash('Job stays deleted')).toBeVisible();
  await expect(getJob('stays')).rejects.toThrow(/couldn't be found/);
});

test('shows an empty state, and an error with Retry', async ({
  page,
  signIn,
  jobsPage,
  localAws,
  a11y,
}) => {
  await signIn({ at: '/jobs' });
  await expect(jobsPage.emptyState).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create transcription job' })).toBeVisible();

  await localAws.faults([
    { service: 'transcribe', operation: 'ListTranscriptionJobs', errorRate: 1 },
  ]);
  await jobsPage.refreshButton.click();
  await expect(jobsPage.loadError).toBeVisible();
  await a11y.expectNoSeriousViolations();
  await lookAt(page, 'list-error');

  await localAws.faults([]);
  await startJob('after-retry');
  await jobsPage.retryButton.click();
  await expect(jobsPage.loadError).toBeHidden();
  await expect(jobsPage.row('after-retry')).toBeVisible();

  await jobsPage.createButton.click();
  await expect(page).toHaveURL(/\/jobs\/create$/);
});

test('selects, deletes and opens jobs by keyboard alone', async ({
  page,
  signIn,
  shell,
  jobsPage,
  jobDetailsPage,
}) => {
  await startJob('kb-keep');
  await startJob('kb-delete');
  await jobEnded('kb-keep');
  await jobEnded('kb-delete');
  await signIn({ at: '/jobs' });

  const radio = jobsPage.selection('kb-delete');
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await expect(jobsPage.deleteButton).toBeEnabled();
  await jobsPage.deleteButton.focus();
  await page.keyboard.press('Enter');
  const dialog = jobsPage.deleteDialog;
  await expect(dialog.dialog).toContainText('kb-delete');
  // Focus is trapped in the dialog: a few Tabs reach its Delete button.
  await tabTo(page, dialog.confirmButton, { within: 5 });
  await expect(dialog.confirmButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.flash('Job kb-delete deleted')).toBeVisible();
  await expect(jobsPage.row('kb-delete')).toHaveCount(0);

  const link = jobsPage.link('kb-keep');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(jobDetailsPage.heading('kb-keep')).toBeVisible();
});
