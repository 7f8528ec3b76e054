import { jobEnded, startJob } from './aws-admin';
import { lookAt } from './look-at';
import {
  MEDIA_URI,
  OWN_KEY_ARN,
  OWN_KEY_ID,
  SHARED_ALIAS_ARN,
  SHARED_KEY_ARN,
  TRANSCRIPTS_BUCKET,
} from './seeded-world';
import { expect, test } from './test';

/*
 * A job's key by name, its encryption context, the same words in the list and on the job, and
 * "Copy" (issue 19, items 5, 6, 8).
 */

test('a job created here shows its key by alias beside the ARN, and its encryption context', async ({
  page,
  signIn,
  createJobPage: form,
  jobDetailsPage: details,
}) => {
  await signIn({ at: '/jobs/create' });
  await form.fillBasics('named-key');
  await form.kmsKey.currentAccount.check();
  await form.kmsKey.chooseKey('transcribe-out', /alias\/transcribe-output/);
  await form.kmsKey.addContext(1, 'team', 'analytics');
  await expect(form.kmsKey.canUse).toBeVisible();
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/named-key$/);
  await jobEnded('named-key');

  const key = details.valueOf('KMS key');
  await expect(key).toContainText('alias/transcribe-output');
  await expect(key).toContainText(OWN_KEY_ARN);
  await expect(key.getByRole('button', { name: 'Copy key ARN' })).toBeVisible();
  const context = page.getByRole('list', { name: 'Encryption context' });
  await expect(context).toHaveText('team = analytics');
  await expect(details.valueOf('Encryption context')).toContainText(/CloudTrail/);
  await lookAt(page, 'details-named-key');
});

test("another account's key typed by alias ARN is shown by that alias", async ({
  page,
  signIn,
  createJobPage: form,
  jobDetailsPage: details,
}) => {
  await signIn({ at: '/jobs/create' });
  await form.fillBasics('shared-alias');
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(SHARED_ALIAS_ARN);
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/shared-alias$/);
  await jobEnded('shared-alias');
  await expect(details.valueOf('KMS key')).toContainText(SHARED_ALIAS_ARN);
  await expect(details.valueOf('KMS key')).toContainText(SHARED_KEY_ARN);
});

test('a failed job: the list and the job page name its output location type alike', async ({
  signIn,
  jobsPage,
  jobDetailsPage: details,
}) => {
  await startJob('failed-output', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputEncryptionKMSKeyId: 'alias/legacy-disabled',
  });
  await jobEnded('failed-output', 'FAILED');
  await signIn({ at: '/jobs' });
  await expect(jobsPage.row('failed-output')).toContainText('Customer specified S3 bucket');
  await jobsPage.link('failed-output').click();
  await expect(details.valueOf('Output location type')).toHaveText('Customer specified S3 bucket');
});

test('Copy on a job created here fills Create job with its settings, the name left empty', async ({
  page,
  signIn,
  createJobPage: form,
}) => {
  await signIn({ at: '/jobs/create' });
  await form.fillBasics('copied-from');
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(SHARED_ALIAS_ARN);
  await form.kmsKey.addContext(1, 'case', '42');
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/copied-from$/);

  await page.getByRole('button', { name: 'Copy job copied-from' }).click();
  await expect(form.heading).toBeVisible();
  await expect(page.getByText('Settings copied from job copied-from')).toBeVisible();
  await expect(form.name).toHaveValue('');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await expect(form.customerBucket).toBeChecked();
  await expect(form.output).toHaveValue(`s3://${TRANSCRIPTS_BUCKET}/out/`);
  await expect(form.encryption).toBeChecked();
  await expect(form.kmsKey.keyArn).toHaveValue(SHARED_ALIAS_ARN);
  await expect(form.kmsKey.contextKey(1)).toHaveValue('case');
  await expect(form.kmsKey.contextValue(1)).toHaveValue('42');
  await lookAt(page, 'copied-job');
});

test('Copy in the list, on a job created elsewhere: output and key from its transcript, the rest named', async ({
  page,
  signIn,
  jobsPage,
  createJobPage: form,
}) => {
  await startJob('made-elsewhere', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'reports/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
  });
  await jobEnded('made-elsewhere');
  await signIn({ at: '/jobs' });
  await jobsPage.selection('made-elsewhere').check();
  await page.getByRole('button', { name: 'Copy job made-elsewhere' }).click();
  await expect(page.getByText('Settings copied from job made-elsewhere')).toBeVisible();
  await expect(page.getByText(/Encryption context: AWS does not return the pairs/)).toBeVisible();
  await expect(form.name).toHaveValue('');
  await expect(form.output).toHaveValue(`s3://${TRANSCRIPTS_BUCKET}/reports/`);
  await expect(form.kmsKey.keySelect).toContainText('alias/transcribe-output');
});
