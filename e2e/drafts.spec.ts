import {
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Page } from '@playwright/test';
import {
  ANALYST,
  expect,
  expectNoSeriousA11yViolations,
  type LocalAwsControl,
  lookAt,
  NEW_ANALYST,
  signIn,
  signOut,
  test,
  userMenu,
} from './fixtures';
import { MEDIA_URI } from './jobs-seed';
import { localAwsUrl } from './local-aws-url';

/** The create-job form's draft, by the accessible names console.md fixes. */
function createJobPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Create transcription job' }),
    name: page.getByLabel('Name', { exact: true }),
    media: page.getByRole('searchbox', { name: 'Input file location on S3' }),
    create: page.getByRole('button', { name: 'Create job' }),
    restored: page.getByText(/^Restored your unsaved draft from /),
    clearForm: page.getByRole('button', { name: 'Clear form' }),
  };
}

/** Every sessionStorage entry that holds a draft, whoever it belongs to. */
const draftsInTab = (page: Page) =>
  page.evaluate(() => Object.keys(sessionStorage).filter((key) => /draft/i.test(key)));

/** Signs in as new-analyst (seeded with a temporary password), setting a new one on the way. */
async function signInAsNewAnalyst(page: Page, returnTo: string) {
  await page.goto(`/signin?${new URLSearchParams({ returnTo })}`);
  await page.getByLabel('Username').fill(NEW_ANALYST.username);
  await page.getByLabel('Password', { exact: true }).fill(NEW_ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('New-Analyst-Passw0rd!');
  await page.getByLabel('Confirm password').fill('New-Analyst-Passw0rd!');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(userMenu(page, NEW_ANALYST.username)).toBeVisible();
}

/**
 * Ends analyst's session on the server (refresh tokens revoked, credentials past their expiry
 * as the server sees it), then lets the page find out: "Create job" is refused and the page
 * goes to sign in, keeping the draft.
 */
async function endSessionMidWork(page: Page, localAws: LocalAwsControl) {
  const cognito = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: localAwsUrl(),
    credentials: {
      accessKeyId: 'AKIA1111222233330ADM',
      secretAccessKey: 'localAdminSecret111122223333',
    },
    maxAttempts: 1,
  });
  try {
    await cognito.send(
      new AdminUserGlobalSignOutCommand({
        UserPoolId: 'us-east-1_Local0001',
        Username: ANALYST.username,
      }),
    );
    await localAws.post('/_local/clock', { offsetMs: 3_700_000 });
    await createJobPage(page).create.click();
    await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);
  } finally {
    await localAws.post('/_local/clock', { offsetMs: 0 });
  }
}

async function typeDraft(page: Page, name: string) {
  const form = createJobPage(page);
  await expect(form.heading).toBeVisible();
  await form.name.fill(name);
  await form.media.fill(MEDIA_URI);
  await expect.poll(() => draftsInTab(page)).toHaveLength(1);
}

test('Sign out clears the draft: the next user of the tab starts from an empty form', async ({
  page,
  localAws,
}) => {
  await localAws.reset();
  try {
    await signIn(page, undefined, undefined, { returnTo: '/jobs/create' });
    await typeDraft(page, 'analysts-half-filled-job');
    await signOut(page);

    await signInAsNewAnalyst(page, '/jobs/create');
    const form = createJobPage(page);
    await expect(form.heading).toBeVisible();
    await expect(form.name).toHaveValue('');
    await expect(form.media).toHaveValue('');
    await expect(form.restored).toHaveCount(0);
    // Not only hidden: analyst's draft left the tab at sign-out.
    expect(await draftsInTab(page)).toEqual([]);
  } finally {
    await localAws.reset();
  }
});

test("a session that ended keeps its draft for its own user only, not the tab's next user", async ({
  page,
  localAws,
}) => {
  await localAws.reset();
  try {
    await signIn(page, undefined, undefined, { returnTo: '/jobs/create' });
    await typeDraft(page, 'left-when-the-session-ended');
    await endSessionMidWork(page, localAws);

    await signInAsNewAnalyst(page, '/jobs/create');
    const form = createJobPage(page);
    await expect(form.heading).toBeVisible();
    await expect(form.name).toHaveValue('');
    await expect(form.media).toHaveValue('');
    await expect(form.restored).toHaveCount(0);
    // new-analyst's own typing is theirs, and analyst's draft is still analyst's.
    await form.name.fill('new-analysts-job');
    await expect.poll(() => draftsInTab(page)).toHaveLength(2);
  } finally {
    await localAws.reset();
  }
});

test('a restored draft says so, and "Clear form" starts from an empty form', async ({ page }) => {
  await signIn(page, undefined, undefined, { returnTo: '/jobs/create' });
  const form = createJobPage(page);
  await expect(form.heading).toBeVisible();
  await expect(form.restored).toHaveCount(0);
  await typeDraft(page, 'restored-job');

  await page.reload();
  await expect(form.restored).toBeVisible();
  await expect(form.name).toHaveValue('restored-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await lookAt(page, 'create-job-restored-draft');
  await expectNoSeriousA11yViolations(page);

  await form.clearForm.click();
  await expect(form.restored).toHaveCount(0);
  await expect(form.name).toHaveValue('');
  await expect(form.media).toHaveValue('');
  await expect(form.name).toBeFocused();
  expect(await draftsInTab(page)).toEqual([]);

  await page.reload();
  await expect(form.heading).toBeVisible();
  await expect(form.name).toHaveValue('');
  await expect(form.restored).toHaveCount(0);
});

test('dismissing the notice keeps the restored draft', async ({ page }) => {
  await signIn(page, undefined, undefined, { returnTo: '/jobs/create' });
  await typeDraft(page, 'kept-draft');
  await page.reload();
  const form = createJobPage(page);
  await expect(form.restored).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(form.restored).toHaveCount(0);
  await expect(form.name).toHaveValue('kept-draft');
  expect(await draftsInTab(page)).toHaveLength(1);
});
