import { createRotatingKey } from './aws-admin';
import type { SignIn } from './fixtures/sign-in';
import { lookAt } from './look-at';
import type { CreateJobPage } from './pages/create-job';
import { SHARED_KEY_ARN } from './seeded-world';
import { expect, test } from './test';

// The KMS key panel's key details: rotation from GetKeyRotationStatus for a key of the
// analyst's own account, and nothing about another account's key.

/** The create-job page with encryption on: the KMS key panel, its key list not yet loaded. */
async function openKeyPanel(signIn: SignIn, createJobPage: CreateJobPage): Promise<void> {
  await signIn({ at: '/jobs/create' });
  await createJobPage.encryption.check();
}

test('shows the rotation of a key of the analyst’s own account', async ({
  page,
  signIn,
  createJobPage,
  a11y,
  localAws,
}) => {
  // The key exists before the panel first lists the account's keys.
  await createRotatingKey('alias/e2e-rotating', 'Rotates twice a year', 180);
  await openKeyPanel(signIn, createJobPage);
  const { kmsKey } = createJobPage;
  await kmsKey.chooseKey('e2e-rotating', /alias\/e2e-rotating/);
  await expect(kmsKey.detail('Description')).toContainText('Rotates twice a year');
  const rotation = kmsKey.detail('Key rotation');
  await expect(rotation).toContainText('Enabled');
  await expect(rotation).toContainText(/Every 180 days, next on \w{3} \d{1,2}, \d{4}/);
  await a11y.expectNoSeriousViolations();
  await lookAt(page, 'kms-key-details-rotation');

  await kmsKey.chooseKey('transcribe-output', /alias\/transcribe-output/);
  await expect(kmsKey.detail('Description')).toContainText('Encrypts transcription output');
  await expect(kmsKey.detail('Key rotation')).toHaveText(/^Key rotation\s*Disabled$/);

  const asked = await localAws.requests({ operation: 'GetKeyRotationStatus' });
  expect(asked.map((r) => r.status)).toEqual([200, 200]);
});

test('says the rotation is unknown, and why, when KMS does not answer', async ({
  signIn,
  createJobPage,
  localAws,
}) => {
  await openKeyPanel(signIn, createJobPage);
  const { kmsKey } = createJobPage;
  await localAws.faults([{ service: 'kms', operation: 'GetKeyRotationStatus', errorRate: 1 }]);
  await kmsKey.chooseKey('transcribe-output', /alias\/transcribe-output/);
  await expect(kmsKey.detail('Status')).toContainText('Enabled');
  await expect(kmsKey.detail('Key rotation')).toContainText(/Unknown: .+/);
  // The key is still usable: rotation is information, not a check.
  await expect(kmsKey.canUse).toBeVisible();
});

test('says nothing of the rotation of another account’s key', async ({
  page,
  signIn,
  createJobPage,
  localAws,
}) => {
  await openKeyPanel(signIn, createJobPage);
  const { kmsKey } = createJobPage;
  await kmsKey.otherAccount.check();
  await kmsKey.keyArn.fill(SHARED_KEY_ARN);
  // The check has run (its key policy lets this account encrypt, not decrypt: issue 19 item 2).
  await expect(kmsKey.canWriteNotRead).toBeVisible();
  await expect(page.getByText('Key rotation', { exact: true })).toHaveCount(0);
  const kmsCalls = (await localAws.requests()).filter((r) => r.service === 'kms');
  expect(kmsCalls.map((r) => r.operation)).not.toContain('GetKeyRotationStatus');
  expect(kmsCalls.map((r) => r.operation)).toContain('Encrypt');
});
