import { readFile } from 'node:fs/promises';
import { getJob, jobEnded, mediaTranscript, startJob } from './aws-admin';
import { lookAt } from './look-at';
import {
  MEDIA_URI,
  OWN_KEY_ARN,
  OWN_KEY_ID,
  SHARED_KEY_ARN,
  TRANSCRIPTS_BUCKET,
} from './seeded-world';
import { expect, test } from './test';

/** More than any refresh interval of the pages (2 s while a job is active). */
const A_MINUTE = 60_000;

test('a job with its own KMS key: SSE-KMS with the key ARN, preview and download', async ({
  page,
  signIn,
  jobDetailsPage: details,
  a11y,
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

  await signIn({ at: '/jobs/own-key' });
  await expect(details.heading('own-key')).toBeVisible();
  await expect(details.valueOf('Status')).toContainText('Complete');
  await expect(details.valueOf('Language')).toContainText('English, US');
  await expect(details.valueOf('Media file')).toContainText(MEDIA_URI);
  await expect(details.valueOf('Media format')).toContainText(job.MediaFormat!);
  await expect(details.valueOf('Sample rate')).toContainText(`${job.MediaSampleRateHertz} Hz`);
  await expect(details.valueOf('Output location type')).toContainText(
    'Customer specified S3 bucket',
  );
  await expect(details.valueOf('Output location')).toContainText(
    `s3://${TRANSCRIPTS_BUCKET}/reports/own-key.json`,
  );
  await expect(details.valueOf('Output encryption')).toContainText('SSE-KMS');
  // The key by its alias (looked up: the job was not created here), beside its ARN.
  await expect(details.valueOf('KMS key')).toContainText('alias/transcribe-output');
  await expect(details.valueOf('KMS key')).toContainText(OWN_KEY_ARN);
  await expect(details.valueOf('team')).toContainText('analytics');
  await expect(details.valueOf('Speaker identification')).toContainText('Up to 2 speakers');
  // One sentence: one speaker's turn.
  await expect(details.turns('Speaker turns')).toHaveText([`spk_0 (0:00): ${words}`]);
  await a11y.expectNoSeriousViolations();
  await lookAt(page, 'details-own-key');

  const downloading = page.waitForEvent('download');
  await details.downloadButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('own-key.json');
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    jobName: string;
    results: { transcripts: { transcript: string }[] };
  };
  expect(file.jobName).toBe('own-key');
  expect(file.results.transcripts[0]!.transcript).toBe(words);
});

test('a job without a key: SSE-S3, no KMS key', async ({
  page,
  signIn,
  jobDetailsPage: details,
}) => {
  await startJob('no-key', { OutputBucketName: TRANSCRIPTS_BUCKET });
  await jobEnded('no-key');
  await signIn({ at: '/jobs/no-key' });
  await expect(details.valueOf('Output encryption')).toContainText('SSE-S3');
  await expect(details.label('KMS key')).toHaveCount(0);
  // No optional settings: no Settings section.
  await expect(page.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
  await expect(details.transcript).toHaveText(await mediaTranscript());
});

test('a job in the service-managed bucket: said so, previewed through its presigned URL', async ({
  signIn,
  jobDetailsPage: details,
}) => {
  await startJob('service-bucket');
  await jobEnded('service-bucket');
  await signIn({ at: '/jobs/service-bucket' });
  await expect(details.valueOf('Output location type')).toContainText('Service-managed S3 bucket');
  await expect(details.valueOf('Output encryption')).toContainText('Service-managed S3 bucket');
  await expect(details.transcript).toHaveText(await mediaTranscript());
  await expect(details.downloadButton).toBeEnabled();
});

test('a failed job shows its failure reason as text', async ({
  page,
  signIn,
  jobDetailsPage: details,
}) => {
  await startJob('disabled-key', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputEncryptionKMSKeyId: 'alias/legacy-disabled',
  });
  const job = await jobEnded('disabled-key', 'FAILED');
  expect(job.FailureReason).toBeTruthy();

  await signIn({ at: '/jobs/disabled-key' });
  await expect(details.valueOf('Status')).toContainText('Failed');
  // The disabled key named by its alias after the ARN AWS gives.
  const keyArn = /arn:aws:kms:\S+:key\/[0-9a-f-]+/.exec(job.FailureReason!)![0];
  await expect(details.valueOf('Failure reason')).toContainText(
    job.FailureReason!.replace(keyArn, `${keyArn} (alias/legacy-disabled)`),
  );
  await expect(page.getByText('The job failed, so there is no transcript.')).toBeVisible();
  await expect(details.downloadButton).toBeDisabled();
  await lookAt(page, 'details-failed');
});

test('a transcript under a shared key without kms:Decrypt: said plainly, naming the key', async ({
  page,
  signIn,
  jobDetailsPage: details,
  a11y,
}) => {
  await startJob('shared-key', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputEncryptionKMSKeyId: SHARED_KEY_ARN,
  });
  await jobEnded('shared-key');

  await signIn({ at: '/jobs/shared-key' });
  await expect(details.valueOf('Output encryption')).toContainText('SSE-KMS');
  await expect(details.valueOf('KMS key')).toContainText(SHARED_KEY_ARN);
  await expect(page.getByText('You cannot decrypt this transcript')).toBeVisible();
  await expect(
    page.getByText(
      `The transcript is encrypted with the KMS key ${SHARED_KEY_ARN}, and you lack kms:Decrypt on it`,
    ),
  ).toBeVisible();
  await expect(details.downloadButton).toBeDisabled();
  await a11y.expectNoSeriousViolations();
  await lookAt(page, 'details-no-decrypt');
});

test('an unknown job name is a "not found" page with a way back', async ({
  page,
  signIn,
  jobDetailsPage: details,
  a11y,
}) => {
  await signIn({ at: '/jobs/no-such-job' });
  await expect(details.notFoundHeading).toBeVisible();
  await expect(page.getByText('There is no transcription job named “no-such-job”')).toBeVisible();
  await a11y.expectNoSeriousViolations();
  await details.backToJobs.click();
  await expect(page).toHaveURL(/\/jobs$/);
});

test('tags with markup render as text', async ({ page, signIn, jobDetailsPage: details }) => {
  const markup = '<img src=x onerror="window.__xss=1">';
  await startJob('markup-tags', { Tags: [{ Key: 'note', Value: markup }] });
  await jobEnded('markup-tags');
  await signIn({ at: '/jobs/markup-tags' });
  await expect(details.valueOf('note')).toContainText(markup);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});

test('refreshes by itself until the job ends, then shows the transcript', async ({
  page,
  signIn,
  jobsPage,
  jobDetailsPage: details,
  localAws,
  pageRequests,
}) => {
  // The page's timers run on a clock the test can step. Signed in first (slow), so the job is
  // young when its page opens.
  await page.clock.install();
  await signIn({ at: '/jobs' });
  await localAws.jobDelays({ queuedMs: 2500, inProgressMs: 2500 });
  await startJob('watch-details', { OutputBucketName: TRANSCRIPTS_BUCKET });
  await jobsPage.refreshButton.click();
  await jobsPage.link('watch-details').click();
  await expect(details.valueOf('Status')).toContainText(/Queued|In progress/);
  await expect(page.getByText('The transcript is available when the job completes.')).toBeVisible();
  await lookAt(page, 'details-running');

  await expect(details.valueOf('Status')).toContainText('Complete', { timeout: 15_000 });
  await expect(details.transcript).toHaveText(await mediaTranscript());
  await expect(details.valueOf('Output encryption')).toContainText('SSE-S3');
  await pageRequests.settled();
  const whenComplete = pageRequests.count('GetTranscriptionJob');
  // The first load and at least one refresh.
  expect(whenComplete).toBeGreaterThanOrEqual(2);

  // Polling stopped: a minute of the page's time passes at once, and the one GetTranscriptionJob
  // after it is the one a click asks for.
  await page.clock.runFor(A_MINUTE);
  await details.refreshButton.click();
  await expect.poll(() => pageRequests.count('GetTranscriptionJob')).toBeGreaterThan(whenComplete);
  await pageRequests.settled();
  expect(pageRequests.count('GetTranscriptionJob')).toBe(whenComplete + 1);
});

test('deletes the job from its page after a confirmation naming it', async ({
  page,
  signIn,
  shell,
  jobDetailsPage: details,
}) => {
  await startJob('details-delete');
  await jobEnded('details-delete');
  await signIn({ at: '/jobs/details-delete' });
  await details.deleteButton.click();
  await expect(details.deleteDialog.dialog).toContainText(
    'Permanently delete transcription job details-delete?',
  );
  await details.deleteDialog.confirmButton.click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(shell.flash('Job details-delete deleted')).toBeVisible();
  await expect(getJob('details-delete')).rejects.toThrow(/couldn't be found/);
});

test('after "Create job", the details page shows the job with a dismissible flash', async ({
  page,
  signIn,
  shell,
  createJobPage: form,
  jobDetailsPage: details,
}) => {
  await signIn({ at: '/jobs/create' });
  await form.fillRequired('from-create');
  await form.create();

  await expect(page).toHaveURL(/\/jobs\/from-create$/);
  const flash = shell.flash('Job from-create created');
  await expect(flash).toBeVisible();
  await expect(details.valueOf('Media file')).toContainText(MEDIA_URI);
  await expect(details.valueOf('Status')).toContainText('Complete', { timeout: 15_000 });
  await shell.dismissFlash.click();
  await expect(flash).toBeHidden();
  // The message was for that moment only: a reload does not bring it back.
  await page.reload();
  await expect(details.heading('from-create')).toBeVisible();
  await expect(details.valueOf('Status')).toContainText('Complete');
  await expect(flash).toBeHidden();
});

test('an error other than "not found" is an alert with Retry, not a crash', async ({
  signIn,
  jobsPage,
  jobDetailsPage: details,
  localAws,
  a11y,
}) => {
  await startJob('flaky-get');
  await jobEnded('flaky-get');
  await signIn({ at: '/jobs' });
  await localAws.faults([
    { service: 'transcribe', operation: 'GetTranscriptionJob', throttleRate: 1 },
  ]);
  await jobsPage.link('flaky-get').click();
  await expect(details.loadError).toBeVisible();
  await expect(details.notFoundHeading).toHaveCount(0);
  await a11y.expectNoSeriousViolations();

  await localAws.faults([]);
  await details.retryButton.click();
  await expect(details.loadError).toBeHidden();
  await expect(details.valueOf('Status')).toContainText('Complete');
});

test('a name no job can have (markup) is "not found" at once, with no request, shown as text', async ({
  page,
  signIn,
  jobDetailsPage: details,
  pageRequests,
}) => {
  const name = '<img src=x onerror="window.__xss=1">';
  await signIn({ at: '/jobs' });
  await details.goto(name);
  await expect(details.notFoundHeading).toBeVisible();
  await expect(page.getByText(`There is no transcription job named “${name}”`)).toBeVisible();
  await expect(page.getByText(/Job names have 1 to 200 letters/)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  // Then a name a job could have, through the same page: the page asks about that one only.
  await details.goto('no-such-job');
  await expect(details.notFoundHeading).toBeVisible();
  await pageRequests.settled();
  const asked = pageRequests
    .bodies<{ TranscriptionJobName: string }>('GetTranscriptionJob')
    .map((body) => body.TranscriptionJobName);
  expect([...new Set(asked)]).toEqual(['no-such-job']);
});
