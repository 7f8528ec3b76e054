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

test("the page may connect only where the policy's connect-src says", async ({
  page,
  signInPage,
}) => {
  await signInPage.goto();
  // Every address below answers 200 if the browser asks it: only the policy stands between.
  const asked: string[] = [];
  for (const origin of [
    'https://kms.us-east-1.amazonaws.com',
    'https://example.com',
    'https://amazonaws.com.example.net',
    'http://192.0.2.1:4566',
  ])
    await page.route(`${origin}/**`, (route) => {
      asked.push(new URL(route.request().url()).origin);
      return route.fulfill({
        status: 200,
        body: 'ok',
        headers: { 'access-control-allow-origin': '*' },
      });
    });
  const attempt = (url: string) =>
    page.evaluate(async (target) => {
      const violations: string[] = [];
      const violation = new Promise<void>((resolve) =>
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
            resolve();
          },
          { once: true },
        ),
      );
      try {
        const response = await fetch(target);
        return { outcome: `answered ${response.status}`, violations };
      } catch (error) {
        // A refusal by the policy is reported as an event too: wait for it.
        await violation;
        return { outcome: `refused: ${(error as Error).name}`, violations };
      }
    }, url);

  // An AWS endpoint is allowed (and so the routes above do answer)...
  expect(await attempt('https://kms.us-east-1.amazonaws.com/')).toEqual({
    outcome: 'answered 200',
    violations: [],
  });
  // ...anywhere else is refused by the browser before any request, and reported.
  for (const url of [
    'https://example.com/steal',
    'https://amazonaws.com.example.net/steal',
    'http://192.0.2.1:4566/steal',
  ]) {
    const { outcome, violations } = await attempt(url);
    expect(outcome, url).toBe('refused: TypeError');
    expect(violations, url).toEqual([`connect-src ${url}`]);
  }
  expect(asked).toEqual(['https://kms.us-east-1.amazonaws.com']);
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
