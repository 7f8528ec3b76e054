import { getJob, jobEnded, listJobs, objectHead, revokeSessions, startJob } from './aws-admin';
import { tabTo } from './keyboard';
import { lookAt } from './look-at';
import type { CreateJobPage } from './pages/create-job';
import {
  ANALYST,
  ANALYTICS_ALIAS_ARN,
  MEDIA_BUCKET,
  MEDIA_URI,
  OTHER_ACCOUNT,
  OTHER_MEDIA_URI,
  OWN_KEY_ARN,
  OWN_KEY_ID,
  PRIVATE_ALIAS_ARN,
  SHARED_ALIAS_ARN,
  SHARED_KEY_ARN,
  TRANSCRIPTS_BUCKET,
  UNALIASED_KEY_ID,
} from './seeded-world';
import { expect, test } from './test';

const OUTPUT_URI = `s3://${TRANSCRIPTS_BUCKET}/out/`;

test.beforeEach(async ({ signIn, createJobPage }) => {
  await signIn({ at: '/jobs/create' });
  await expect(createJobPage.heading).toBeVisible();
});

/** Waits for the job to complete and returns how its transcript object is encrypted. */
async function transcriptEncryption(name: string) {
  await jobEnded(name);
  const head = await objectHead(TRANSCRIPTS_BUCKET, `out/${name}.json`);
  return { sse: head.ServerSideEncryption, keyId: head.SSEKMSKeyId };
}

test('is laid out as the console page: breadcrumbs, the containers in order, the actions', async ({
  page,
  shell,
  createJobPage: form,
}) => {
  await expect(shell.breadcrumbs.getByRole('link')).toHaveText([
    'Amazon Transcribe',
    'Transcription jobs',
    'Create transcription job',
  ]);
  await expect(form.containerHeadings).toHaveText([
    'Job settings',
    'Input data',
    'Output data',
    'Configure job - optional',
    'Audio settings',
    'Content removal',
    'Customization',
    'Subtitles',
    'Tags - optional',
    'API request',
  ]);
  await form.fillBasics('screenshot-job');
  await expect(form.kmsKey.keySelect).toBeVisible();
  // The actions follow the last container: Cancel, then the primary Create job.
  const actions = page.getByRole('button', { name: /^(Cancel|Create job)$/ });
  await expect(actions).toHaveText(['Cancel', 'Create job']);
  await lookAt(page, 'create-job-page');
});

test('creates a job encrypted with an own-account key picked from the list', async ({
  page,
  shell,
  createJobPage: form,
  pageRequests,
}) => {
  await form.fillBasics('own-key-job');
  await form.kmsKey.currentAccount.check();
  await form.kmsKey.chooseKey('transcribe-out', /alias\/transcribe-output/);
  await expect(form.kmsKey.canUse).toBeVisible();
  await expect(page.getByText('Enabled', { exact: true })).toBeVisible();

  const preview = await form.previewedRequest();
  expect(preview).toEqual({
    TranscriptionJobName: 'own-key-job',
    Media: { MediaFileUri: MEDIA_URI },
    LanguageCode: 'en-US',
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'out/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
  });
  await expect(form.requestCli).toContainText(`--output-encryption-kms-key-id ${OWN_KEY_ID}`);

  await form.create();
  await expect(page).toHaveURL(/\/jobs\/own-key-job$/);
  await expect(shell.flash('Job own-key-job created')).toBeVisible();
  expect(pageRequests.bodies('StartTranscriptionJob')).toEqual([preview]);
  // The draft goes once the job exists.
  expect(await form.draftsInTab()).toEqual([]);

  expect(await transcriptEncryption('own-key-job')).toEqual({
    sse: 'aws:kms',
    keyId: OWN_KEY_ARN,
  });
});

test('creates a job with the shared key of another account by ARN', async ({
  page,
  createJobPage: form,
  pageRequests,
}) => {
  await form.fillBasics('shared-key-job');
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(SHARED_KEY_ARN);
  // Shared for kms:Encrypt only: it can write, not read, and the job can still be created.
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
  await form.kmsKey.addContext(1, 'team', 'analytics');
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();

  const preview = await form.previewedRequest();
  expect(preview).toMatchObject({
    OutputEncryptionKMSKeyId: SHARED_KEY_ARN,
    KMSEncryptionContext: { team: 'analytics' },
  });
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/shared-key-job$/);
  expect(pageRequests.bodies('StartTranscriptionJob')).toEqual([preview]);

  expect(await transcriptEncryption('shared-key-job')).toEqual({
    sse: 'aws:kms',
    keyId: SHARED_KEY_ARN,
  });
});

test('the shared alias ARN passes the access check; alias/private is refused and blocks submit', async ({
  createJobPage: form,
  pageRequests,
}) => {
  await form.fillBasics('private-key-job');
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(SHARED_ALIAS_ARN);
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
  await form.kmsKey.keyArn.fill(PRIVATE_ALIAS_ARN);
  await expect(form.kmsKey.message(/is not allowed kms:Encrypt on it/)).toBeVisible();
  await form.create();
  await expect(form.kmsKey.keyArn).toBeFocused();
  // Submitting focused the field after the access check had answered "no": nothing was sent.
  expect(pageRequests.count('StartTranscriptionJob')).toBe(0);
});

test('each wrong entry gets its own message, and no StartTranscriptionJob is sent', async ({
  page,
  createJobPage: form,
  pageRequests,
}) => {
  await form.create();
  await expect(form.message('Enter a name for the job.')).toBeVisible();
  await expect(form.name).toBeFocused();
  await expect(form.message('Enter the S3 location of the media file')).toBeVisible();

  await form.name.fill('bad name/1');
  await form.media.fill('s3://Media/x.wav');
  await form.encryption.check();
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(`arn:aws:kms:eu-west-1:${OTHER_ACCOUNT}:alias/x`);
  await form.create();
  await expect(form.message('The name cannot contain spaces.')).toBeVisible();
  await expect(form.message(/capital letters/)).toBeVisible();
  await expect(form.message(/needs a customer specified S3 bucket/)).toBeVisible();
  await expect(form.message(/KMS keys must be in the job's Region/)).toBeVisible();
  for (const [arn, message] of [
    ['alias/private', /not an ARN/],
    ['arn:aws:s3:::bucket/x', /s3 service, not of a KMS key/],
    [`arn:aws-cn:kms:us-east-1:${OTHER_ACCOUNT}:alias/x`, /partition "aws-cn"/],
    ['arn:aws:kms:us-east-1:4444:alias/x', /not an AWS account ID/],
    [`arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/123`, /not a KMS key ID/],
    [`arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:alias/aws/s3`, /AWS managed key/],
  ] as const) {
    await form.kmsKey.keyArn.fill(arn);
    await expect(form.kmsKey.message(message)).toBeVisible();
  }
  await form.kmsKey.keyArn.fill(ANALYTICS_ALIAS_ARN);
  await expect(form.kmsKey.message(/in your own account/)).toBeVisible();
  await form.kmsKey.addContext(1, '   ');
  await form.create();
  await expect(form.message('The key cannot be only spaces.')).toBeVisible();
  await expect(form.message('Enter a value.')).toBeVisible();

  // Then the form made valid: the one StartTranscriptionJob the page ever sent is that one.
  await form.fillRequired('fixed-entries');
  await form.encryption.uncheck();
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/fixed-entries$/);
  expect(
    pageRequests
      .bodies<{ TranscriptionJobName: string }>('StartTranscriptionJob')
      .map((body) => body.TranscriptionJobName),
  ).toEqual(['fixed-entries']);
});

test('a taken name is warned about, then refused on Name', async ({
  page,
  createJobPage: form,
}) => {
  await startJob('taken-name', { Media: { MediaFileUri: OTHER_MEDIA_URI } });
  await form.name.fill('taken-name');
  await expect(
    page.getByText(/A job named "taken-name" already exists. Creating it will fail/),
  ).toBeVisible();
  await form.media.fill(MEDIA_URI);
  await form.create();
  await expect(
    page.getByText('A job named "taken-name" already exists. Choose another name.'),
  ).toBeVisible();
  await expect(form.name).toBeFocused();
  await expect(page).toHaveURL(/\/jobs\/create$/);
});

/** The form with a different account's key, checked and ready to submit. */
async function readyWithSharedKey(form: CreateJobPage, name: string) {
  await form.fillBasics(name);
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(SHARED_KEY_ARN);
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
}

test('a throttled request shows an alert and keeps every field', async ({
  page,
  createJobPage: form,
  localAws,
  pageRequests,
}) => {
  await readyWithSharedKey(form, 'throttled-job');
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', throttleRate: 1, times: 1 },
  ]);
  await form.create();
  await expect(form.message(/Amazon Transcribe is throttling requests/)).toBeVisible();
  expect(pageRequests.count('StartTranscriptionJob')).toBe(1);
  await expect(form.name).toHaveValue('throttled-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await expect(form.output).toHaveValue(OUTPUT_URI);
  await expect(form.kmsKey.keyArn).toHaveValue(SHARED_KEY_ARN);
  // The next click goes through.
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/throttled-job$/);
});

test('a server error shows an alert and keeps every field', async ({
  createJobPage: form,
  localAws,
}) => {
  await form.fillRequired('server-error-job');
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', errorRate: 1, times: 1 },
  ]);
  await form.create();
  await expect(form.message(/Amazon Transcribe had an internal error/)).toBeVisible();
  await expect(form.name).toHaveValue('server-error-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
});

test('a committed job whose response was dropped is one job and a success', async ({
  page,
  shell,
  createJobPage: form,
  localAws,
  pageRequests,
}) => {
  await form.fillRequired('dropped-response-job');
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', dropResponse: true, times: 1 },
  ]);
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/dropped-response-job$/);
  await expect(shell.flash('Job dropped-response-job created')).toBeVisible();
  expect(await listJobs('dropped-response-job')).toHaveLength(1);
  // Chromium itself resends a request whose reused connection closed without an answer; that
  // resend meets ConflictException, which the page recognises as its own job.
  await pageRequests.settled();
  const starts = await localAws.requests({ operation: 'StartTranscriptionJob' });
  expect(starts[0]).toMatchObject({ error: 'response dropped' });
  expect(starts.slice(1).every((r) => r.error === 'ConflictException')).toBe(true);
});

test('a double click sends one request', async ({
  page,
  shell,
  createJobPage: form,
  localAws,
  pageRequests,
}) => {
  await form.fillRequired('double-click-job');
  // The first request is slow, so the second click lands while it is under way.
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', latencyMs: 500, times: 1 },
  ]);
  await form.createButton.dblclick();
  await expect(page).toHaveURL(/\/jobs\/double-click-job$/);
  await expect(shell.flash('Job double-click-job created')).toBeVisible();
  // Counted as the browser sent them: a second request would have left on the second click,
  // long before the first one's answer led here.
  await pageRequests.settled();
  expect(pageRequests.count('StartTranscriptionJob')).toBe(1);
  expect(await localAws.requests({ operation: 'StartTranscriptionJob' })).toHaveLength(1);
});

test('the draft survives a reload; Cancel discards it after confirmation', async ({
  page,
  createJobPage: form,
}) => {
  await form.fillBasics('draft-job');
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(SHARED_ALIAS_ARN);
  await page.reload();
  await expect(form.name).toHaveValue('draft-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await expect(form.output).toHaveValue(OUTPUT_URI);
  await expect(form.encryption).toBeChecked();
  await expect(form.kmsKey.keyArn).toHaveValue(SHARED_ALIAS_ARN);

  await form.cancelButton.click();
  await expect(form.discardDialog).toBeVisible();
  await form.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(form.name).toHaveValue('draft-job');
  await form.cancelButton.click();
  await form.discardDialog.getByRole('button', { name: 'Discard' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await form.goto();
  await expect(form.name).toHaveValue('');
});

test('markup from the network is shown as text', async ({ page, createJobPage: form }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await form.encryption.check();
  await form.kmsKey.chooseKey('markup', /alias\/markup-test/);
  await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a disabled key, a key pending deletion and a signing key are errors on the field', async ({
  createJobPage: form,
}) => {
  await form.encryption.check();
  for (const [alias, message] of [
    ['legacy-disabled', /This key is disabled/],
    ['retired', /pending deletion/],
    ['signing', /asymmetric \(RSA_2048\)/],
  ] as const) {
    await form.kmsKey.chooseKey(alias, new RegExp(`alias/${alias}`));
    await expect(form.kmsKey.message(message)).toBeVisible();
  }
});

test('creates an encrypted job by keyboard alone and passes axe', async ({
  page,
  createJobPage: form,
  a11y,
}) => {
  await a11y.expectNoSeriousViolations();
  await tabTo(page, form.name);
  await page.keyboard.type('keyboard-job');
  await tabTo(page, form.media);
  await page.keyboard.type(MEDIA_URI);
  await tabTo(page, form.serviceBucket);
  await page.keyboard.press('ArrowDown');
  await expect(form.customerBucket).toBeChecked();
  await tabTo(page, form.output);
  await page.keyboard.type(`s3://${TRANSCRIPTS_BUCKET}/keyboard/`);
  await tabTo(page, form.encryption);
  await page.keyboard.press('Space');
  await expect(form.encryption).toBeChecked();
  await tabTo(page, form.kmsKey.keySelect);
  await page.keyboard.press('Enter');
  await page.keyboard.type('analytics');
  await form.kmsKey.expectKeysFiltered('analytics');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.kmsKey.keySelect).toContainText('alias/analytics');
  await expect(form.kmsKey.canUse).toBeVisible();
  await tabTo(page, form.createButton);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jobs\/keyboard-job$/);
  expect((await getJob('keyboard-job')).Media?.MediaFileUri).toBe(MEDIA_URI);
});

test('a session that ends mid-work goes to sign in and comes back with the draft', async ({
  page,
  signInPage,
  createJobPage: form,
  localAws,
}) => {
  await form.fillRequired('after-session-ended');
  await revokeSessions(ANALYST.username);
  // Past the identity pool credentials' expiry, as the server sees it.
  await localAws.moveClock(3_700_000);
  await form.create();
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);

  await localAws.moveClock(0);
  await signInPage.submit(ANALYST);
  await expect(page).toHaveURL(/\/jobs\/create$/);
  await expect(form.name).toHaveValue('after-session-ended');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/after-session-ended$/);
});

test('Browse S3 picks the media file and the output folder', async ({ createJobPage: form }) => {
  await form.browseS3('media', { bucket: MEDIA_BUCKET, folder: 'samples', file: 'meeting.wav' });
  await expect(form.media).toHaveValue(MEDIA_URI);

  await form.customerBucket.check();
  await form.browseS3('output', { bucket: TRANSCRIPTS_BUCKET });
  await expect(form.output).toHaveValue(`s3://${TRANSCRIPTS_BUCKET}`);
});

test('a key list that fails to load offers Retry', async ({ createJobPage: form, localAws }) => {
  // More failures than the SDK's own attempts, so the page sees the error.
  await localAws.faults([{ service: 'kms', operation: 'ListAliases', throttleRate: 1, times: 3 }]);
  await form.encryption.check();
  await form.kmsKey.keySelect.click();
  await expect(form.kmsKey.message(/Could not load the keys: Rate exceeded/)).toBeVisible();
  await form.kmsKey.retryList.click();
  await expect(form.kmsKey.option(/alias\/transcribe-output/)).toBeVisible();
  await expect(form.kmsKey.option(/alias\/aws\/s3/)).toHaveCount(0);
  await expect(form.kmsKey.option(new RegExp(UNALIASED_KEY_ID))).toBeVisible();
});

test('axe finds nothing serious with encryption and the API request open', async ({
  page,
  createJobPage: form,
  a11y,
}) => {
  await form.fillBasics('axe-job');
  await form.kmsKey.keySelect.click();
  await form.kmsKey.option(/alias\/analytics/).click();
  await form.kmsKey.addContextButton.click();
  await form.apiRequest.click();
  await a11y.expectNoSeriousViolations();
  await lookAt(page, 'create-job-encryption');
});
