import {
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  GetTranscriptionJobCommand,
  ListTranscriptionJobsCommand,
  StartTranscriptionJobCommand,
  TranscribeClient,
} from '@aws-sdk/client-transcribe';
import type { Locator, Page, Request } from '@playwright/test';
import {
  chooseKmsKey,
  expect,
  expectKmsKeysFiltered,
  expectNoSeriousA11yViolations,
  lookAt,
  signIn,
  test,
} from './fixtures';
import { localAwsUrl } from './local-aws-url';
import {
  ADMIN,
  MEDIA_BUCKET,
  MEETING_MEDIA_URI,
  OTHER_ACCOUNT,
  SEEDED_ALIAS_ARNS,
  SEEDED_KEY_ARNS,
  SEEDED_KEYS,
  TRANSCRIPTS_BUCKET,
  USER_POOL_ID,
} from '../local-aws/seed/ids';

const admin = () => ({
  region: 'us-east-1',
  endpoint: localAwsUrl(),
  credentials: {
    accessKeyId: ADMIN.accessKeyId,
    secretAccessKey: ADMIN.secretAccessKey,
  },
  maxAttempts: 1,
});
const transcribe = () => new TranscribeClient(admin());
const s3 = () => new S3Client({ ...admin(), forcePathStyle: true });

const MEDIA_URI = MEETING_MEDIA_URI;
const OWN_KEY_ID = SEEDED_KEYS.transcribeOutput;
const OWN_KEY_ARN = SEEDED_KEY_ARNS.transcribeOutput;
const SHARED_ALIAS_ARN = SEEDED_ALIAS_ARNS.sharedWithAnalytics;
const SHARED_KEY_ARN = SEEDED_KEY_ARNS.sharedWithAnalytics;
const PRIVATE_ALIAS_ARN = SEEDED_ALIAS_ARNS.private;

/** The create-job page, found by the accessible names console.md fixes. */
function createJobPage(page: Page) {
  return {
    name: page.getByLabel('Name', { exact: true }),
    media: page.getByRole('searchbox', { name: 'Input file location on S3' }),
    output: page.getByRole('searchbox', { name: 'Output location on S3' }),
    customerBucket: page.getByRole('radio', { name: 'Customer specified S3 bucket' }),
    serviceBucket: page.getByRole('radio', { name: 'Service-managed S3 bucket' }),
    encryption: page.getByRole('checkbox', { name: 'Encryption' }),
    currentAccount: page.getByRole('radio', { name: 'Key from current account' }),
    otherAccount: page.getByRole('radio', { name: 'Key from a different account' }),
    keyArn: page.getByLabel('KMS key ARN'),
    keySelect: page.getByRole('button', { name: /KMS key ID/ }),
    checkAccess: page.getByRole('button', { name: 'Check access' }),
    create: page.getByRole('button', { name: 'Create job' }),
    cancel: page.getByRole('button', { name: 'Cancel' }),
    apiRequest: page.getByRole('button', { name: 'API request' }),
    requestJson: page.getByTestId('api-request-json'),
    requestCli: page.getByTestId('api-request-cli'),
  };
}

async function openCreatePage(page: Page) {
  await signIn(page, undefined, undefined, { returnTo: '/jobs/create' });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create transcription job' }),
  ).toBeVisible();
  return createJobPage(page);
}

/** The StartTranscriptionJob bodies the browser sends. */
function captureStarts(page: Page): unknown[] {
  const bodies: unknown[] = [];
  page.on('request', (request: Request) => {
    if (request.headers()['x-amz-target'] === 'Transcribe.StartTranscriptionJob')
      bodies.push(request.postDataJSON());
  });
  return bodies;
}

test.beforeEach(async ({ localAws }) => {
  await localAws.reset();
});

test('is laid out as the console page: breadcrumbs, the containers in order, the actions', async ({
  page,
}) => {
  const form = await openCreatePage(page);
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link')).toHaveText([
    'Amazon Transcribe',
    'Transcription jobs',
    'Create transcription job',
  ]);
  await expect(page.locator('form').getByRole('heading', { level: 2 })).toHaveText([
    'Job settings',
    'Input data',
    'Output data',
    'Tags - optional',
    'API request',
  ]);
  await form.name.fill('screenshot-job');
  await form.media.fill(MEDIA_URI);
  await form.customerBucket.check();
  await form.output.fill(`s3://${TRANSCRIPTS_BUCKET}/out/`);
  await form.encryption.check();
  await expect(form.keySelect).toBeVisible();
  // The actions follow the last container: Cancel, then the primary Create job.
  const actions = page.getByRole('button', { name: /^(Cancel|Create job)$/ });
  await expect(actions).toHaveText(['Cancel', 'Create job']);
  await lookAt(page, 'create-job-page');
});

async function fillBasics(form: ReturnType<typeof createJobPage>, name: string) {
  await form.name.fill(name);
  await form.media.fill(MEDIA_URI);
  await form.customerBucket.check();
  await form.output.fill(`s3://${TRANSCRIPTS_BUCKET}/out/`);
  await form.encryption.check();
}

async function previewJson(form: ReturnType<typeof createJobPage>): Promise<unknown> {
  if ((await form.apiRequest.getAttribute('aria-expanded')) !== 'true')
    await form.apiRequest.click();
  return JSON.parse((await form.requestJson.textContent()) ?? '');
}

/** Waits for the job to complete and returns how its transcript object is encrypted. */
async function transcriptEncryption(name: string, key: string) {
  await expect
    .poll(
      async () =>
        (await transcribe().send(new GetTranscriptionJobCommand({ TranscriptionJobName: name })))
          .TranscriptionJob?.TranscriptionJobStatus,
      { timeout: 20_000 },
    )
    .toBe('COMPLETED');
  return s3().send(new HeadObjectCommand({ Bucket: TRANSCRIPTS_BUCKET, Key: key }));
}

test('creates a job encrypted with an own-account key picked from the list', async ({ page }) => {
  const starts = captureStarts(page);
  const form = await openCreatePage(page);
  await fillBasics(form, 'own-key-job');
  await form.currentAccount.check();
  await form.keySelect.click();
  await chooseKmsKey(page, 'transcribe-out', /alias\/transcribe-output/);
  await expect(page.getByText('You can use this key.')).toBeVisible();
  await expect(page.getByText('Enabled', { exact: true })).toBeVisible();

  const preview = await previewJson(form);
  expect(preview).toEqual({
    TranscriptionJobName: 'own-key-job',
    Media: { MediaFileUri: MEDIA_URI },
    LanguageCode: 'en-US',
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'out/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
  });
  await expect(form.requestCli).toContainText(`--output-encryption-kms-key-id ${OWN_KEY_ID}`);

  await form.create.click();
  await expect(page).toHaveURL(/\/jobs\/own-key-job$/);
  await expect(page.getByText('Job own-key-job created')).toBeVisible();
  expect(starts).toEqual([preview]);
  // The draft goes once the job exists.
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((key) => /draft/i.test(key))),
  ).toEqual([]);

  const head = await transcriptEncryption('own-key-job', 'out/own-key-job.json');
  expect(head.ServerSideEncryption).toBe('aws:kms');
  expect(head.SSEKMSKeyId).toBe(OWN_KEY_ARN);
});

test('creates a job with the shared key of another account by ARN', async ({ page }) => {
  const starts = captureStarts(page);
  const form = await openCreatePage(page);
  await fillBasics(form, 'shared-key-job');
  await form.otherAccount.check();
  await form.keyArn.fill(SHARED_KEY_ARN);
  await expect(page.getByText('You can use this key.')).toBeVisible();
  await page.getByRole('button', { name: 'Add encryption context' }).click();
  await page.getByRole('textbox', { name: 'Encryption context key 1' }).fill('team');
  await page.getByRole('textbox', { name: 'Encryption context value 1' }).fill('analytics');
  await expect(page.getByText('You can use this key.')).toBeVisible();

  const preview = await previewJson(form);
  expect(preview).toMatchObject({
    OutputEncryptionKMSKeyId: SHARED_KEY_ARN,
    KMSEncryptionContext: { team: 'analytics' },
  });
  await form.create.click();
  await expect(page).toHaveURL(/\/jobs\/shared-key-job$/);
  expect(starts).toEqual([preview]);

  const head = await transcriptEncryption('shared-key-job', 'out/shared-key-job.json');
  expect(head.ServerSideEncryption).toBe('aws:kms');
  expect(head.SSEKMSKeyId).toBe(SHARED_KEY_ARN);
});

test('the shared alias ARN passes the access check; alias/private is refused and blocks submit', async ({
  page,
  localAws,
}) => {
  const form = await openCreatePage(page);
  await fillBasics(form, 'private-key-job');
  await form.otherAccount.check();
  await form.keyArn.fill(SHARED_ALIAS_ARN);
  await expect(page.getByText('You can use this key.')).toBeVisible();
  await form.keyArn.fill(PRIVATE_ALIAS_ARN);
  await expect(page.getByText(/don't have kms:Encrypt permission/).first()).toBeVisible();
  await localAws.clearRequests();
  await form.create.click();
  await expect(form.keyArn).toBeFocused();
  const requests = await localAws.requests();
  expect(requests.filter((r) => r.operation === 'StartTranscriptionJob')).toEqual([]);
});

test('each wrong entry gets its own message before any request', async ({ page, localAws }) => {
  const form = await openCreatePage(page);
  await localAws.clearRequests();
  await form.create.click();
  await expect(page.getByText('Enter a name for the job.').first()).toBeVisible();
  await expect(form.name).toBeFocused();
  await expect(page.getByText('Enter the S3 location of the media file').first()).toBeVisible();

  await form.name.fill('bad name/1');
  await form.media.fill('s3://Media/x.wav');
  await form.encryption.check();
  await form.otherAccount.check();
  await form.keyArn.fill(`arn:aws:kms:eu-west-1:${OTHER_ACCOUNT}:alias/x`);
  await form.create.click();
  await expect(page.getByText('The name cannot contain spaces.').first()).toBeVisible();
  await expect(page.getByText(/capital letters/).first()).toBeVisible();
  await expect(page.getByText(/needs a customer specified S3 bucket/).first()).toBeVisible();
  await expect(page.getByText(/KMS keys must be in the job's Region/).first()).toBeVisible();
  for (const [arn, message] of [
    ['alias/private', /not an ARN/],
    ['arn:aws:s3:::bucket/x', /s3 service, not of a KMS key/],
    [`arn:aws-cn:kms:us-east-1:${OTHER_ACCOUNT}:alias/x`, /partition "aws-cn"/],
    ['arn:aws:kms:us-east-1:4444:alias/x', /not an AWS account ID/],
    [`arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/123`, /not a KMS key ID/],
    [`arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:alias/aws/s3`, /AWS managed key/],
  ] as const) {
    await form.keyArn.fill(arn);
    await expect(page.getByText(message).first()).toBeVisible();
  }
  await form.keyArn.fill(SEEDED_ALIAS_ARNS.analytics);
  await expect(page.getByText(/in your own account/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add encryption context' }).click();
  await page.getByRole('textbox', { name: 'Encryption context key 1' }).fill('   ');
  await form.create.click();
  await expect(page.getByText('The key cannot be only spaces.').first()).toBeVisible();
  await expect(page.getByText('Enter a value.').first()).toBeVisible();
  const requests = await localAws.requests();
  expect(requests.filter((r) => r.operation === 'StartTranscriptionJob')).toEqual([]);
});

test('a taken name is warned about, then refused on Name', async ({ page }) => {
  await transcribe().send(
    new StartTranscriptionJobCommand({
      TranscriptionJobName: 'taken-name',
      LanguageCode: 'en-US',
      Media: { MediaFileUri: `s3://${MEDIA_BUCKET}/samples/interview.mp3` },
    }),
  );
  const form = await openCreatePage(page);
  await form.name.fill('taken-name');
  await expect(
    page.getByText(/A job named "taken-name" already exists. Creating it will fail/),
  ).toBeVisible();
  await form.media.fill(MEDIA_URI);
  await form.create.click();
  await expect(
    page.getByText('A job named "taken-name" already exists. Choose another name.'),
  ).toBeVisible();
  await expect(form.name).toBeFocused();
  await expect(page).toHaveURL(/\/jobs\/create$/);
});

test('a throttled request shows an alert and keeps every field', async ({ page, localAws }) => {
  const form = await openCreatePage(page);
  await fillBasics(form, 'throttled-job');
  await form.otherAccount.check();
  await form.keyArn.fill(SHARED_KEY_ARN);
  await expect(page.getByText('You can use this key.')).toBeVisible();
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', throttleRate: 1, times: 1 },
  ]);
  await localAws.clearRequests();
  await form.create.click();
  await expect(page.getByText(/Amazon Transcribe is throttling requests/).first()).toBeVisible();
  const starts = (await localAws.requests()).filter((r) => r.operation === 'StartTranscriptionJob');
  expect(starts).toHaveLength(1);
  await expect(form.name).toHaveValue('throttled-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await expect(form.output).toHaveValue(`s3://${TRANSCRIPTS_BUCKET}/out/`);
  await expect(form.keyArn).toHaveValue(SHARED_KEY_ARN);
  // The next click goes through.
  await form.create.click();
  await expect(page).toHaveURL(/\/jobs\/throttled-job$/);
});

test('a server error shows an alert and keeps every field', async ({ page, localAws }) => {
  const form = await openCreatePage(page);
  await form.name.fill('server-error-job');
  await form.media.fill(MEDIA_URI);
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', errorRate: 1, times: 1 },
  ]);
  await form.create.click();
  await expect(page.getByText(/Amazon Transcribe had an internal error/).first()).toBeVisible();
  await expect(form.name).toHaveValue('server-error-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
});

test('a committed job whose response was dropped is one job and a success', async ({
  page,
  localAws,
}) => {
  const form = await openCreatePage(page);
  await form.name.fill('dropped-response-job');
  await form.media.fill(MEDIA_URI);
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', dropResponse: true, times: 1 },
  ]);
  await form.create.click();
  await expect(page).toHaveURL(/\/jobs\/dropped-response-job$/);
  await expect(page.getByText('Job dropped-response-job created')).toBeVisible();
  const jobs = await transcribe().send(
    new ListTranscriptionJobsCommand({ JobNameContains: 'dropped-response-job' }),
  );
  expect(jobs.TranscriptionJobSummaries).toHaveLength(1);
  // Chromium itself resends a request whose reused connection closed without an answer; that
  // resend meets ConflictException, which the page recognises as its own job.
  const starts = (await localAws.requests()).filter((r) => r.operation === 'StartTranscriptionJob');
  expect(starts[0]).toMatchObject({ error: 'response dropped' });
  expect(starts.slice(1).every((r) => r.error === 'ConflictException')).toBe(true);
});

test('a double click sends one request', async ({ page, localAws }) => {
  const form = await openCreatePage(page);
  await form.name.fill('double-click-job');
  await form.media.fill(MEDIA_URI);
  await localAws.faults([
    { service: 'transcribe', operation: 'StartTranscriptionJob', latencyMs: 500, times: 1 },
  ]);
  await localAws.clearRequests();
  await form.create.dblclick();
  await expect(page).toHaveURL(/\/jobs\/double-click-job$/);
  const starts = (await localAws.requests()).filter((r) => r.operation === 'StartTranscriptionJob');
  expect(starts).toHaveLength(1);
});

test('the draft survives a reload; Cancel discards it after confirmation', async ({ page }) => {
  const form = await openCreatePage(page);
  await fillBasics(form, 'draft-job');
  await form.otherAccount.check();
  await form.keyArn.fill(SHARED_ALIAS_ARN);
  await page.reload();
  await expect(form.name).toHaveValue('draft-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await expect(form.output).toHaveValue(`s3://${TRANSCRIPTS_BUCKET}/out/`);
  await expect(form.encryption).toBeChecked();
  await expect(form.keyArn).toHaveValue(SHARED_ALIAS_ARN);

  await form.cancel.click();
  const dialog = page.getByRole('dialog', { name: 'Discard this job?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(form.name).toHaveValue('draft-job');
  await form.cancel.click();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await page.goto('/jobs/create');
  await expect(form.name).toHaveValue('');
});

test('markup from the network is shown as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const form = await openCreatePage(page);
  await form.encryption.check();
  await form.keySelect.click();
  await chooseKmsKey(page, 'markup', /alias\/markup-test/);
  await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a disabled key, a key pending deletion and a signing key are errors on the field', async ({
  page,
}) => {
  const form = await openCreatePage(page);
  await form.encryption.check();
  for (const [alias, message] of [
    ['legacy-disabled', /This key is disabled/],
    ['retired', /pending deletion/],
    ['signing', /asymmetric \(RSA_2048\)/],
  ] as const) {
    await form.keySelect.click();
    await chooseKmsKey(page, alias, new RegExp(`alias/${alias}`));
    await expect(page.getByText(message).first()).toBeVisible();
  }
});

/** Presses Tab (or Shift+Tab) until the control has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with the keyboard`);
}

test('creates an encrypted job by keyboard alone and passes axe', async ({ page }) => {
  const form = await openCreatePage(page);
  await expectNoSeriousA11yViolations(page);
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
  await tabTo(page, form.keySelect);
  await page.keyboard.press('Enter');
  await page.keyboard.type('analytics');
  await expectKmsKeysFiltered(page, 'analytics');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.keySelect).toContainText('alias/analytics');
  await expect(page.getByText('You can use this key.')).toBeVisible();
  await tabTo(page, form.create);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jobs\/keyboard-job$/);
  const job = await transcribe().send(
    new GetTranscriptionJobCommand({ TranscriptionJobName: 'keyboard-job' }),
  );
  expect(job.TranscriptionJob?.Media?.MediaFileUri).toBe(MEDIA_URI);
});

test('a session that ends mid-work goes to sign in and comes back with the draft', async ({
  page,
  localAws,
}) => {
  const form = await openCreatePage(page);
  await form.name.fill('after-session-ended');
  await form.media.fill(MEDIA_URI);
  const cognito = new CognitoIdentityProviderClient(admin());
  try {
    await cognito.send(
      new AdminUserGlobalSignOutCommand({ UserPoolId: USER_POOL_ID, Username: 'analyst' }),
    );
    // Past the identity pool credentials' expiry, as the server sees it.
    await localAws.post('/_local/clock', { offsetMs: 3_700_000 });
    await form.create.click();
    await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);
  } finally {
    await localAws.post('/_local/clock', { offsetMs: 0 });
  }
  await page.getByLabel('Username').fill('analyst');
  await page.getByLabel('Password', { exact: true }).fill('Analyst-Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/jobs\/create$/);
  await expect(form.name).toHaveValue('after-session-ended');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await form.create.click();
  await expect(page).toHaveURL(/\/jobs\/after-session-ended$/);
});

test('Browse S3 picks the media file and the output folder', async ({ page }) => {
  const form = await openCreatePage(page);
  await page.getByRole('button', { name: 'Browse S3' }).first().click();
  let modal = page.getByRole('dialog', { name: 'Choose a media file' });
  await modal.getByRole('button', { name: MEDIA_BUCKET }).click();
  await modal.getByRole('button', { name: /^samples/ }).click();
  await modal
    .getByRole('row', { name: /meeting\.wav/ })
    .getByRole('radio')
    .check();
  await modal.getByRole('button', { name: 'Choose' }).click();
  await expect(form.media).toHaveValue(MEDIA_URI);

  await form.customerBucket.check();
  await page.getByRole('button', { name: 'Browse S3' }).nth(1).click();
  modal = page.getByRole('dialog', { name: 'Choose an output location' });
  await modal
    .getByRole('row', { name: new RegExp(TRANSCRIPTS_BUCKET) })
    .getByRole('radio')
    .check();
  await modal.getByRole('button', { name: 'Choose' }).click();
  await expect(form.output).toHaveValue(`s3://${TRANSCRIPTS_BUCKET}`);
});

test('a key list that fails to load offers Retry', async ({ page, localAws }) => {
  const form = await openCreatePage(page);
  // More failures than the SDK's own attempts, so the page sees the error.
  await localAws.faults([{ service: 'kms', operation: 'ListAliases', throttleRate: 1, times: 3 }]);
  await form.encryption.check();
  await form.keySelect.click();
  await expect(page.getByText(/Could not load the keys: Rate exceeded/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('option', { name: /alias\/transcribe-output/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /alias\/aws\/s3/ })).toHaveCount(0);
  await expect(page.getByRole('option', { name: new RegExp(SEEDED_KEYS.noAlias) })).toBeVisible();
});

test('axe finds nothing serious with encryption and the API request open', async ({ page }) => {
  const form = await openCreatePage(page);
  await fillBasics(form, 'axe-job');
  await form.keySelect.click();
  await page.getByRole('option', { name: /alias\/analytics/ }).click();
  await page.getByRole('button', { name: 'Add encryption context' }).click();
  await form.apiRequest.click();
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'create-job-encryption');
});
