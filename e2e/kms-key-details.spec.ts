import {
  CreateAliasCommand,
  CreateKeyCommand,
  EnableKeyRotationCommand,
  KMSClient,
} from '@aws-sdk/client-kms';
import type { Page } from '@playwright/test';
import { ADMIN, SEEDED_KEY_ARNS } from '../local-aws/seed/ids';
import {
  chooseKmsKey,
  expect,
  expectNoSeriousA11yViolations,
  lookAt,
  signIn,
  test,
} from './fixtures';
import { localAwsUrl } from './local-aws-url';

// The KMS key panel's key details: rotation from GetKeyRotationStatus for a key of the
// analyst's own account, and nothing about another account's key.

const adminKms = () =>
  new KMSClient({
    region: 'us-east-1',
    endpoint: localAwsUrl(),
    credentials: { accessKeyId: ADMIN.accessKeyId, secretAccessKey: ADMIN.secretAccessKey },
    maxAttempts: 1,
  });

/** A key of the test's own that rotates every 180 days, under `alias/e2e-rotating`. */
async function createRotatingKey(): Promise<string> {
  const kms = adminKms();
  const { KeyMetadata } = await kms.send(
    new CreateKeyCommand({ Description: 'Rotates twice a year' }),
  );
  const keyId = KeyMetadata!.KeyId!;
  await kms.send(new CreateAliasCommand({ AliasName: 'alias/e2e-rotating', TargetKeyId: keyId }));
  await kms.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 180 }));
  return keyId;
}

async function openKeyPanel(page: Page) {
  await signIn(page, undefined, undefined, { returnTo: '/jobs/create' });
  await page.getByRole('checkbox', { name: 'Encryption' }).check();
}

/** One of the details under "KMS key ID": its label and value, which follows the label. */
const detail = (page: Page, label: string) =>
  page.getByText(label, { exact: true }).locator('xpath=..');

test.beforeEach(async ({ localAws }) => {
  await localAws.reset();
});

test('shows the rotation of a key of the analyst’s own account', async ({ page, localAws }) => {
  await createRotatingKey();
  await openKeyPanel(page);
  await page.getByRole('button', { name: /KMS key ID/ }).click();
  await chooseKmsKey(page, 'e2e-rotating', /alias\/e2e-rotating/);
  await expect(detail(page, 'Description')).toContainText('Rotates twice a year');
  const rotation = detail(page, 'Key rotation');
  await expect(rotation).toContainText('Enabled');
  await expect(rotation).toContainText(/Every 180 days, next on \w{3} \d{1,2}, \d{4}/);
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'kms-key-details-rotation');

  await page.getByRole('button', { name: /KMS key ID/ }).click();
  await chooseKmsKey(page, 'transcribe-output', /alias\/transcribe-output/);
  await expect(detail(page, 'Description')).toContainText('Encrypts transcription output');
  await expect(detail(page, 'Key rotation')).toHaveText(/^Key rotation\s*Disabled$/);

  const asked = (await localAws.requests()).filter((r) => r.operation === 'GetKeyRotationStatus');
  expect(asked.map((r) => r.status)).toEqual([200, 200]);
});

test('says the rotation is unknown, and why, when KMS does not answer', async ({
  page,
  localAws,
}) => {
  await localAws.faults([{ service: 'kms', operation: 'GetKeyRotationStatus', errorRate: 1 }]);
  await openKeyPanel(page);
  await page.getByRole('button', { name: /KMS key ID/ }).click();
  await chooseKmsKey(page, 'transcribe-output', /alias\/transcribe-output/);
  await expect(detail(page, 'Status')).toContainText('Enabled');
  await expect(detail(page, 'Key rotation')).toContainText(/Unknown: .+/);
  // The key is still usable: rotation is information, not a check.
  await expect(page.getByText('You can use this key.')).toBeVisible();
});

test('says nothing of the rotation of another account’s key', async ({ page, localAws }) => {
  await openKeyPanel(page);
  await page.getByRole('radio', { name: 'Key from a different account' }).check();
  await page.getByLabel('KMS key ARN').fill(SEEDED_KEY_ARNS.sharedWithAnalytics);
  await expect(page.getByText('You can use this key.')).toBeVisible();
  await expect(page.getByText('Key rotation', { exact: true })).toHaveCount(0);
  const kmsCalls = (await localAws.requests()).filter((r) => r.service === 'kms');
  expect(kmsCalls.map((r) => r.operation)).not.toContain('GetKeyRotationStatus');
  expect(kmsCalls.map((r) => r.operation)).toContain('Encrypt');
});
