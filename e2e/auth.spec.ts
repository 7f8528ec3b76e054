import {
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  ANALYST,
  expect,
  expectNoSeriousA11yViolations,
  NEW_ANALYST,
  signIn,
  signOut,
  test,
  userMenu,
} from './fixtures';
import type { Page } from '@playwright/test';
import { ADMIN, CURRENT_ACCOUNT, USER_POOL_ID } from '../local-aws/seed/ids';

const ACCOUNT_ID = CURRENT_ACCOUNT;

test('the sign-in page has the form, by accessible names, and passes axe', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Username')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('analyst signs in with Enter and sees the account ID in the top bar', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password', { exact: true }).fill(ANALYST.password);
  await page.getByLabel('Password', { exact: true }).press('Enter');

  await expect(page).toHaveURL(/\/jobs$/);
  const menu = page.getByRole('button', {
    name: `Signed in as analyst in account ${ACCOUNT_ID}`,
  });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('banner').getByText(`analyst @ ${ACCOUNT_ID}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Region us-east-1' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a wrong password says so and keeps the username', async ({ page, localAws }) => {
  await localAws.clearRequests();
  await page.goto('/signin');
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password', { exact: true }).fill('Not-The-Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText('Incorrect username or password.')).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByLabel('Username')).toHaveValue(ANALYST.username);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  // The password went through SRP: Cognito saw InitiateAuth and a refused challenge answer.
  const operations = (await localAws.requests())
    .filter((r) => r.service === 'cognito-idp')
    .map((r) => `${r.operation} ${r.status}`);
  expect(operations).toEqual(
    expect.arrayContaining(['InitiateAuth 200', 'RespondToAuthChallenge 400']),
  );
  await expectNoSeriousA11yViolations(page);
});

test('empty fields are named on the field before any request', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your username.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('Username')).toBeFocused();
});

/** Signs in as new-analyst (seeded with a temporary password) up to "Set a new password". */
async function reachNewPasswordStep(page: Page) {
  await page.goto('/signin');
  await page.getByLabel('Username').fill(NEW_ANALYST.username);
  await page.getByLabel('Password', { exact: true }).fill(NEW_ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();
}

test('new-analyst sets a new password and gets in', async ({ page, localAws }) => {
  await localAws.reset();
  try {
    await reachNewPasswordStep(page);
    await expect(page).toHaveTitle('Set a new password | Amazon Transcribe');
    await expectNoSeriousA11yViolations(page);

    const newPassword = page.getByLabel('New password');
    const confirm = page.getByLabel('Confirm password');
    await newPassword.fill('New-Analyst-Passw0rd!');
    await confirm.fill('New-Analyst-Passw0rd?');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByText('The passwords do not match.')).toBeVisible();
    await expect(confirm).toBeFocused();

    // The user pool's policy, told on the field by the server.
    await newPassword.fill('short');
    await confirm.fill('short');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByText(/^The password does not meet the password policy/)).toBeVisible();
    await expect(newPassword).toBeFocused();

    await newPassword.fill('New-Analyst-Passw0rd!');
    await confirm.fill('New-Analyst-Passw0rd!');
    await confirm.press('Enter');
    await expect(userMenu(page, NEW_ANALYST.username)).toBeVisible();
    await expect(page).toHaveURL(/\/jobs$/);
  } finally {
    await localAws.reset();
  }
});

test('a new-password step left too long starts over with the username kept', async ({
  page,
  localAws,
}) => {
  await localAws.reset();
  try {
    await reachNewPasswordStep(page);
    // Cognito's challenge session lasts 3 minutes.
    await localAws.post('/_local/clock', { offsetMs: 4 * 60_000 });
    await page.getByLabel('New password').fill('New-Analyst-Passw0rd!');
    await page.getByLabel('Confirm password').fill('New-Analyst-Passw0rd!');
    await page.getByRole('button', { name: 'Set password' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(
      page.getByText('The sign-in took too long and has expired. Sign in again.'),
    ).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue(NEW_ANALYST.username);
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await page.getByLabel('Password', { exact: true }).fill(NEW_ANALYST.password);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();
  } finally {
    await localAws.reset();
  }
});

test('Sign out signs out everywhere and returns to sign in', async ({ page, localAws }) => {
  await signIn(page);
  await localAws.clearRequests();
  await signOut(page);
  await expect(page).toHaveURL(/\/signin$/);
  const globalSignOuts = (await localAws.requests()).filter(
    (r) => r.operation === 'GlobalSignOut' && r.status === 200,
  );
  expect(globalSignOuts).toHaveLength(1);

  // Nothing of the session is left: a page that needs one goes to sign in.
  await page.goto('/jobs');
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

test('a reload keeps the session', async ({ page }) => {
  await signIn(page);
  await page.reload();
  await expect(userMenu(page)).toBeVisible();
  await expect(page).toHaveURL(/\/jobs$/);
});

test('a deep link while signed out goes to sign in and back after', async ({ page }) => {
  await page.goto('/jobs/create');
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password', { exact: true }).fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/jobs\/create$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create transcription job' }),
  ).toBeVisible();
  await expect(userMenu(page)).toBeVisible();
});

test('a return path to another site is not followed', async ({ page }) => {
  await page.goto('/signin?returnTo=//evil.example/jobs');
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password', { exact: true }).fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(userMenu(page)).toBeVisible();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/jobs$/);
});

test('a session revoked on the server sends the user to sign in and back', async ({
  page,
  localAws,
}) => {
  await signIn(page, ANALYST.username, ANALYST.password, { returnTo: '/jobs/create' });
  await expect(page.getByRole('banner').getByText(`analyst @ ${ACCOUNT_ID}`)).toBeVisible();
  await page.waitForLoadState('networkidle');

  const cognito = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: localAws.url,
    credentials: {
      accessKeyId: ADMIN.accessKeyId,
      secretAccessKey: ADMIN.secretAccessKey,
    },
  });
  try {
    await cognito.send(
      new AdminUserGlobalSignOutCommand({ UserPoolId: USER_POOL_ID, Username: ANALYST.username }),
    );
    // Past the identity pool credentials' expiry, as the server sees it.
    await localAws.post('/_local/clock', { offsetMs: 3_700_000 });

    // The next AWS call (the job list) is refused; the refresh fails; back to sign in.
    await page
      .getByRole('navigation', { name: 'Side navigation' })
      .getByRole('link', { name: 'Transcription jobs' })
      .click();
    await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs$/);
    await expect(
      page.getByText('Your session has ended. Sign in again to continue.'),
    ).toBeVisible();
    const refused = (await localAws.requests()).map((r) => `${r.operation} ${r.error ?? r.status}`);
    // The job list's call, or one the page made just before it, is the one refused.
    expect(refused.some((call) => call.endsWith(' ExpiredTokenException'))).toBe(true);
    expect(refused).toContain('GetTokensFromRefreshToken NotAuthorizedException');
  } finally {
    await localAws.post('/_local/clock', { offsetMs: 0 });
  }

  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password', { exact: true }).fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole('banner').getByText(`analyst @ ${ACCOUNT_ID}`)).toBeVisible();
});

test('after a reload, credentials refused for a revoked session also end it', async ({
  page,
  localAws,
}) => {
  await signIn(page, ANALYST.username, ANALYST.password, { returnTo: '/jobs/create' });
  const cognito = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: localAws.url,
    credentials: {
      accessKeyId: ADMIN.accessKeyId,
      secretAccessKey: ADMIN.secretAccessKey,
    },
  });
  try {
    await cognito.send(
      new AdminUserGlobalSignOutCommand({ UserPoolId: USER_POOL_ID, Username: ANALYST.username }),
    );
    await localAws.post('/_local/clock', { offsetMs: 3_700_000 });
    // The reload drops Amplify's cached credentials: the identity pool refuses the old id token.
    await page.reload();
    await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);
    await expect(
      page.getByText('Your session has ended. Sign in again to continue.'),
    ).toBeVisible();
  } finally {
    await localAws.post('/_local/clock', { offsetMs: 0 });
  }
});

test('credentials that expire on the server are renewed without leaving the page', async ({
  page,
  localAws,
}) => {
  await signIn(page, ANALYST.username, ANALYST.password, { returnTo: '/jobs/create' });
  // The session's credentials are in hand (the account ID came from a signed call) and nothing
  // is in flight: otherwise the identity pool itself would see the moved clock first.
  await expect(page.getByRole('banner').getByText(`analyst @ ${ACCOUNT_ID}`)).toBeVisible();
  await page.waitForLoadState('networkidle');
  const calls = async () =>
    (await localAws.requests()).map((r) => `${r.operation} ${r.error ?? r.status}`);
  try {
    // Past the credentials' expiry on the server; the refresh token is still good. The log is
    // cleared first: a call the open page makes meanwhile may be the one refused.
    await localAws.clearRequests();
    await localAws.post('/_local/clock', { offsetMs: 3_700_000 });
    await page
      .getByRole('navigation', { name: 'Side navigation' })
      .getByRole('link', { name: 'Transcription jobs' })
      .click();
    await expect.poll(calls).toContain('ListTranscriptionJobs 200');
    const log = await calls();
    expect(log.some((call) => call.endsWith(' ExpiredTokenException'))).toBe(true);
    expect(log).toEqual(
      expect.arrayContaining(['GetTokensFromRefreshToken 200', 'GetCredentialsForIdentity 200']),
    );
    expect(log.filter((call) => call.startsWith('GetTokensFromRefreshToken'))).toEqual([
      'GetTokensFromRefreshToken 200',
    ]);
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(userMenu(page)).toBeVisible();
  } finally {
    await localAws.post('/_local/clock', { offsetMs: 0 });
  }
});
