import { lookAt } from './look-at';
import { MEDIA_BUCKET, OTHER_ACCOUNT, PRIVATE_ALIAS_ARN, SHARED_KEY_ARN } from './seeded-world';
import { expect, test } from './test';

/*
 * The KMS key panel's access check as an analyst new to KMS meets it (issue 19, items 2-4, 7):
 * reading is checked before the click, refusals are said in words a person can act on, and
 * nothing is checked or complained about while an ARN or a context pair is still being typed.
 */

test.beforeEach(async ({ signIn, createJobPage }) => {
  await signIn({ at: '/jobs/create' });
  await expect(createJobPage.heading).toBeVisible();
});

test('a key that can write but not read is said plainly before the click, and does not block', async ({
  page,
  createJobPage: form,
}) => {
  await form.fillBasics('write-only-key');
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(SHARED_KEY_ARN);
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
  await expect(form.kmsKey.canUse).toHaveCount(0);
  // What to ask for: kms:Decrypt, with a statement for the key's owner.
  await expect(page.getByRole('list', { name: 'Permissions needed' })).toContainText('kms:Decrypt');
  await expect(form.kmsKey.copyStatement).toBeVisible();
  await lookAt(page, 'key-write-not-read');
  await form.create();
  await expect(page).toHaveURL(/\/jobs\/write-only-key$/);
});

test('a refusal names the account, the role and each permission, with a statement to copy and AWS words under Details', async ({
  page,
  context,
  createJobPage: form,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await form.fillBasics('refused-key');
  await form.kmsKey.otherAccount.check();
  await form.kmsKey.keyArn.fill(PRIVATE_ALIAS_ARN);
  await expect(form.kmsKey.message(/is not allowed kms:Encrypt on it/)).toBeVisible();
  await expect(form.kmsKey.message(`The key belongs to account ${OTHER_ACCOUNT};`)).toBeVisible();
  const needed = page.getByRole('list', { name: 'Permissions needed' });
  await expect(needed).toContainText('kms:Encrypt');
  await expect(needed).toContainText('kms:Decrypt');
  // KMS's own message (with the caller's ARN) only behind "Details".
  const raw = page.getByText(/AWS KMS answered: .*User: arn:aws:sts::/);
  await expect(raw).toBeHidden();
  await form.kmsKey.details.click();
  await expect(raw).toBeVisible();

  await form.kmsKey.copyStatement.click();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
    Effect: string;
    Principal: { AWS: string };
    Action: string[];
  };
  expect(copied.Effect).toBe('Allow');
  expect(copied.Principal.AWS).toMatch(/^arn:aws:iam::\d{12}:role\//);
  expect(copied.Action).toEqual(expect.arrayContaining(['kms:Encrypt', 'kms:Decrypt']));
  await lookAt(page, 'key-refused');
});

test('an ARN and a context pair typed a key at a time: no message and no check until the pause', async ({
  page,
  createJobPage: form,
  pageRequests,
}) => {
  await form.fillBasics('typed-key');
  await form.kmsKey.otherAccount.check();
  // The page's timers (the pause the checks wait for) run on a clock the test steps.
  await page.clock.install();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await form.kmsKey.keyArn.pressSequentially(SHARED_KEY_ARN);
  await expect(form.kmsKey.keyArn).toHaveValue(SHARED_KEY_ARN);
  await expect(form.kmsKey.message(/KMS found no such key|not a KMS key ID/)).toHaveCount(0);
  await expect(form.kmsKey.keyArn).not.toHaveAttribute('aria-invalid', 'true');
  expect(pageRequests.count('Encrypt')).toBe(0);

  await page.clock.runFor(1000);
  await page.clock.resume();
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
  await pageRequests.settled();
  expect(pageRequests.count('Encrypt')).toBe(1);
  expect(pageRequests.count('Decrypt')).toBe(1);

  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await form.kmsKey.addContextButton.click();
  await form.kmsKey.contextKey(1).pressSequentially('team');
  await form.kmsKey.contextValue(1).pressSequentially('analytics');
  expect(pageRequests.count('Encrypt')).toBe(1);
  await page.clock.runFor(1000);
  await page.clock.resume();
  await expect(form.kmsKey.canWriteNotRead).toBeVisible();
  await pageRequests.settled();
  // One more check, for the whole pair.
  expect(pageRequests.bodies<{ EncryptionContext?: unknown }>('Encrypt')).toEqual([
    expect.not.objectContaining({ EncryptionContext: expect.anything() }),
    expect.objectContaining({ EncryptionContext: { team: 'analytics' } }),
  ]);
});

test('encryption with the service-managed bucket is said as soon as both are chosen', async ({
  createJobPage: form,
}) => {
  await form.fillRequired('early-warning');
  await expect(form.message(/A KMS key needs a customer specified S3 bucket/)).toHaveCount(0);
  await form.encryption.check();
  // Before any click on Create job.
  await expect(form.message(/A KMS key needs a customer specified S3 bucket/)).toBeVisible();
  await form.customerBucket.check();
  await expect(form.message(/A KMS key needs a customer specified S3 bucket/)).toHaveCount(0);
});

test('key states in words, and dates in Browse S3 in the console format', async ({
  page,
  createJobPage: form,
}) => {
  await form.encryption.check();
  await form.kmsKey.chooseKey('retired', /alias\/retired/);
  await expect(page.getByText('Pending deletion', { exact: true })).toBeVisible();
  await expect(page.getByText('PendingDeletion')).toHaveCount(0);

  await page.getByRole('button', { name: 'Browse S3' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Choose a media file' });
  await expect(
    dialog.getByText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} /).first(),
  ).toBeVisible();
  await dialog.getByRole('button', { name: MEDIA_BUCKET }).click();
  await dialog.getByRole('button', { name: /^samples/ }).click();
  await expect(
    dialog.getByText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} /).first(),
  ).toBeVisible();
  await expect(dialog.getByText(/\d{4}-\d{2}-\d{2}T\d{2}:/)).toHaveCount(0);
});
