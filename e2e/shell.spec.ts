import { expect, expectNoSeriousA11yViolations, signIn, test } from './fixtures';

test('the shell shows the navigation, breadcrumbs and region', async ({ page }) => {
  // Every page but /signin needs a session.
  await signIn(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Transcription jobs' })).toBeVisible();
  const nav = page
    .getByRole('navigation')
    .filter({ has: page.getByRole('link', { name: 'Transcription jobs' }) })
    .first();
  await expect(nav.getByRole('link', { name: 'Amazon Transcribe' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Region us-east-1' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('each page names itself in the browser tab, as the AWS console does', async ({ page }) => {
  await page.goto('/signin');
  await expect(page).toHaveTitle('Sign in | Amazon Transcribe');
  await signIn(page);
  await expect(page).toHaveTitle('Transcription jobs | Amazon Transcribe');
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect(page).toHaveTitle('Create transcription job | Amazon Transcribe');
  await page.goto('/jobs/no-such-job');
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
  const response = await fetch(`${localAws.url}/_local/health`);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});
