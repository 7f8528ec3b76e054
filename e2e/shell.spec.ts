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
