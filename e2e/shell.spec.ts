import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the shell shows the navigation, breadcrumbs and region', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Transcription jobs' })).toBeVisible();
  const nav = page
    .getByRole('navigation')
    .filter({ has: page.getByRole('link', { name: 'Transcription jobs' }) })
    .first();
  await expect(nav.getByRole('link', { name: 'Amazon Transcribe' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Region us-east-1' })).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
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
