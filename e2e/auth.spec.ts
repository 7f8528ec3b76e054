import { revokeSessions } from './aws-admin';
import { ACCOUNT_ID, ANALYST, NEW_ANALYST } from './seeded-world';
import { expect, test } from './test';

/** Past the identity pool credentials' expiry (1 hour), as the server sees it. */
const PAST_CREDENTIALS_EXPIRY_MS = 3_700_000;

test('the sign-in page has the form, by accessible names, and passes axe', async ({
  signInPage,
  a11y,
}) => {
  await signInPage.goto();
  await expect(signInPage.heading).toBeVisible();
  await expect(signInPage.username).toBeVisible();
  await expect(signInPage.password).toHaveAttribute('type', 'password');
  await expect(signInPage.signInButton).toBeVisible();
  await a11y.expectNoSeriousViolations();
});

test('analyst signs in with Enter and sees the account ID in the top bar', async ({
  page,
  signInPage,
  shell,
  a11y,
}) => {
  await signInPage.goto();
  await signInPage.username.fill(ANALYST.username);
  await signInPage.password.fill(ANALYST.password);
  await signInPage.password.press('Enter');

  await expect(page).toHaveURL(/\/jobs$/);
  await expect(
    page.getByRole('button', { name: `Signed in as analyst in account ${ACCOUNT_ID}` }),
  ).toBeVisible();
  await expect(shell.signedInAs('analyst', ACCOUNT_ID)).toBeVisible();
  await expect(shell.region).toBeVisible();
  await a11y.expectNoSeriousViolations();
});

test('a wrong password says so and keeps the username', async ({
  page,
  signInPage,
  localAws,
  a11y,
}) => {
  await signInPage.goto();
  await signInPage.submit({ username: ANALYST.username, password: 'Not-The-Passw0rd!' });

  await expect(page.getByText('Incorrect username or password.')).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(signInPage.username).toHaveValue(ANALYST.username);
  await expect(signInPage.password).toHaveValue('');
  await expect(signInPage.password).toBeFocused();
  // The password went through SRP: Cognito saw InitiateAuth and a refused challenge answer.
  const operations = (await localAws.requests())
    .filter((r) => r.service === 'cognito-idp')
    .map((r) => `${r.operation} ${r.status}`);
  expect(operations).toEqual(['InitiateAuth 200', 'RespondToAuthChallenge 400']);
  await a11y.expectNoSeriousViolations();
});

test('empty fields are named on the field, and no sign-in request carries them', async ({
  signInPage,
  shell,
  pageRequests,
}) => {
  await signInPage.goto();
  await signInPage.signInButton.click();
  await expect(signInPage.username).toHaveAccessibleDescription(/Enter your username\./);
  await expect(signInPage.password).toHaveAccessibleDescription(/Enter your password\./);
  await expect(signInPage.username).toBeFocused();

  // Then a real sign-in: the only InitiateAuth the page ever sent is that one, with the name.
  await signInPage.submit(ANALYST);
  await expect(shell.userMenu()).toBeVisible();
  expect(
    pageRequests
      .bodies<{ AuthParameters?: { USERNAME?: string } }>('InitiateAuth')
      .map((body) => body.AuthParameters?.USERNAME),
  ).toEqual([ANALYST.username]);
});

test('new-analyst sets a new password and gets in', async ({ page, signInPage, shell, a11y }) => {
  await signInPage.reachNewPasswordStep();
  await expect(page).toHaveTitle('Set a new password | Amazon Transcribe');
  await a11y.expectNoSeriousViolations();

  await signInPage.setNewPassword('New-Analyst-Passw0rd!', 'New-Analyst-Passw0rd?');
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  await expect(signInPage.confirmPassword).toBeFocused();

  // The user pool's policy, told on the field by the server.
  await signInPage.setNewPassword('short');
  await expect(page.getByText(/^The password does not meet the password policy/)).toBeVisible();
  await expect(signInPage.newPassword).toBeFocused();

  await signInPage.newPassword.fill('New-Analyst-Passw0rd!');
  await signInPage.confirmPassword.fill('New-Analyst-Passw0rd!');
  await signInPage.confirmPassword.press('Enter');
  await expect(shell.userMenu(NEW_ANALYST.username)).toBeVisible();
  await expect(page).toHaveURL(/\/jobs$/);
});

test('a new-password step left too long starts over with the username kept', async ({
  page,
  signInPage,
  localAws,
}) => {
  await signInPage.reachNewPasswordStep();
  // Cognito's challenge session lasts 3 minutes.
  await localAws.moveClock(4 * 60_000);
  await signInPage.setNewPassword('New-Analyst-Passw0rd!');

  await expect(signInPage.heading).toBeVisible();
  await expect(
    page.getByText('The sign-in took too long and has expired. Sign in again.'),
  ).toBeVisible();
  await expect(signInPage.username).toHaveValue(NEW_ANALYST.username);
  await expect(signInPage.password).toBeFocused();
  await signInPage.password.fill(NEW_ANALYST.password);
  await signInPage.password.press('Enter');
  await expect(signInPage.newPasswordHeading).toBeVisible();
});

test('Sign out signs out everywhere and returns to sign in', async ({
  page,
  signIn,
  signInPage,
  shell,
  localAws,
}) => {
  await signIn();
  await localAws.clearRequests();
  await shell.signOut();
  await expect(page).toHaveURL(/\/signin$/);
  const globalSignOuts = await localAws.requests({ operation: 'GlobalSignOut' });
  expect(globalSignOuts.map((r) => r.status)).toEqual([200]);

  // Nothing of the session is left: a page that needs one goes to sign in.
  await page.goto('/jobs');
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs$/);
  await expect(signInPage.heading).toBeVisible();
});

test('a reload keeps the session', async ({ page, signIn, shell }) => {
  await signIn();
  await page.reload();
  await expect(shell.userMenu()).toBeVisible();
  await expect(page).toHaveURL(/\/jobs$/);
});

test('a deep link while signed out goes to sign in and back after', async ({
  page,
  signInPage,
  createJobPage,
  shell,
}) => {
  await page.goto('/jobs/create');
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);
  await signInPage.submit(ANALYST);
  await expect(page).toHaveURL(/\/jobs\/create$/);
  await expect(createJobPage.heading).toBeVisible();
  await expect(shell.userMenu()).toBeVisible();
});

test('a return path to another site is not followed', async ({ page, signInPage, shell }) => {
  await page.goto('/signin?returnTo=//evil.example/jobs');
  await signInPage.submit(ANALYST);
  await expect(shell.userMenu()).toBeVisible();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/jobs$/);
});

test('a session revoked on the server sends the user to sign in and back', async ({
  page,
  signIn,
  signInPage,
  shell,
  localAws,
  pageRequests,
}) => {
  await signIn({ at: '/jobs/create' });
  await expect(shell.signedInAs('analyst', ACCOUNT_ID)).toBeVisible();
  await pageRequests.settled();

  await revokeSessions(ANALYST.username);
  await localAws.moveClock(PAST_CREDENTIALS_EXPIRY_MS);

  // The next AWS call (the job list) is refused; the refresh fails; back to sign in.
  await shell.openTranscriptionJobs();
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs$/);
  await expect(page.getByText('Your session has ended. Sign in again to continue.')).toBeVisible();
  const refused = (await localAws.requests()).map((r) => `${r.operation} ${r.error ?? r.status}`);
  // The job list's call, or one the page made just before it, is the one refused.
  expect(refused.some((call) => call.endsWith(' ExpiredTokenException'))).toBe(true);
  expect(refused).toContain('GetTokensFromRefreshToken NotAuthorizedException');

  await localAws.moveClock(0);
  await signInPage.submit(ANALYST);
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(shell.signedInAs('analyst', ACCOUNT_ID)).toBeVisible();
});

test('after a reload, credentials refused for a revoked session also end it', async ({
  page,
  signIn,
  localAws,
}) => {
  await signIn({ at: '/jobs/create' });
  await revokeSessions(ANALYST.username);
  await localAws.moveClock(PAST_CREDENTIALS_EXPIRY_MS);
  // The reload drops Amplify's cached credentials: the identity pool refuses the old id token.
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);
  await expect(page.getByText('Your session has ended. Sign in again to continue.')).toBeVisible();
});

test('credentials that expire on the server are renewed without leaving the page', async ({
  page,
  signIn,
  shell,
  localAws,
  pageRequests,
}) => {
  await signIn({ at: '/jobs/create' });
  // The session's credentials are in hand (the account ID came from a signed call) and nothing
  // is in flight: otherwise the identity pool itself would see the moved clock first.
  await expect(shell.signedInAs('analyst', ACCOUNT_ID)).toBeVisible();
  await pageRequests.settled();
  const calls = async () =>
    (await localAws.requests()).map((r) => `${r.operation} ${r.error ?? r.status}`);
  // Past the credentials' expiry on the server; the refresh token is still good. The log is
  // cleared first: a call the open page makes meanwhile may be the one refused.
  await localAws.clearRequests();
  await localAws.moveClock(PAST_CREDENTIALS_EXPIRY_MS);
  await shell.openTranscriptionJobs();
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
  await expect(shell.userMenu()).toBeVisible();
});
