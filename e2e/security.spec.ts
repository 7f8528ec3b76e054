import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CONTENT_SECURITY_POLICY } from '../common/web-security';
import { e2eConfig } from './local-aws-url';
import { expect, test } from './test';

const DIST = join(import.meta.dirname, '..', 'dist');

test('the built page declares the shared Content-Security-Policy', async ({ page, signInPage }) => {
  await signInPage.goto();
  // The deployment's response header is this policy narrowed to one Region (deploy/).
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    BUILD_CONTENT_SECURITY_POLICY,
  );
});

test('the build publishes no source maps', () => {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  const scripts = files.filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts)
    expect(readFileSync(join(DIST, script), 'utf8'), script).not.toMatch(/sourceMappingURL=\S/);
});

test("the session's tokens live in the tab, not in localStorage", async ({
  page,
  context,
  signIn,
  shell,
}) => {
  await signIn();
  const keys = (storage: 'localStorage' | 'sessionStorage') =>
    page.evaluate(
      (name) =>
        Object.keys(window[name]).filter((key) =>
          key.startsWith('CognitoIdentityServiceProvider.'),
        ),
      storage,
    );
  expect((await keys('sessionStorage')).some((key) => key.endsWith('.refreshToken'))).toBe(true);
  expect(await keys('localStorage')).toEqual([]);

  // Another tab has no session of its own; this one keeps it across a reload.
  const other = await context.newPage();
  await other.route('**/config.json', (route) => route.fulfill({ json: e2eConfig() }));
  await other.goto('/jobs');
  await expect(other).toHaveURL(/\/signin\?returnTo=%2Fjobs$/);
  await page.reload();
  await expect(shell.userMenu()).toBeVisible();
});
