import { expect, test } from './test';

test('the shell shows the navigation, breadcrumbs and region', async ({
  page,
  signIn,
  shell,
  jobsPage,
  a11y,
}) => {
  // Every page but /signin needs a session.
  await signIn();
  await page.goto('/');
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(jobsPage.heading).toBeVisible();
  await expect(shell.sideNavigation.getByRole('link', { name: 'Amazon Transcribe' })).toBeVisible();
  await expect(
    shell.sideNavigation.getByRole('link', { name: 'Transcription jobs' }),
  ).toBeVisible();
  await expect(shell.breadcrumbs.getByRole('link', { name: 'Amazon Transcribe' })).toBeVisible();
  await expect(shell.region).toBeVisible();
  await a11y.expectNoSeriousViolations();
});

test('each page names itself in the browser tab, as the AWS console does', async ({
  page,
  signInPage,
  jobsPage,
  jobDetailsPage,
}) => {
  await signInPage.goto();
  await expect(page).toHaveTitle('Sign in | Amazon Transcribe');
  await signInPage.signIn();
  await expect(page).toHaveTitle('Transcription jobs | Amazon Transcribe');
  await jobsPage.createButton.click();
  await expect(page).toHaveTitle('Create transcription job | Amazon Transcribe');
  await jobDetailsPage.goto('no-such-job');
  await expect(page).toHaveTitle('no-such-job | Amazon Transcribe');
});

test('an invalid configuration shows which field is wrong', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: { region: 'us-east-1', userPoolClientId: 'abc', identityPoolId: 'us-east-1:1' },
    }),
  );
  await page.goto('/jobs');
  await expect(page.getByText('userPoolId: is missing')).toBeVisible();
});

test('local-aws answers for the run', async ({ localAws }) => {
  expect(await localAws.health()).toMatchObject({ status: 'ok' });
});
