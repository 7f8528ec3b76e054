import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { e2eConfig, localAwsUrl } from './local-aws-url';

export { e2eConfig };

/** Talks to local-aws's test operations (reset, faults, request log). */
export class LocalAwsControl {
  constructor(readonly url: string) {}

  async reset(): Promise<void> {
    await this.post('/_local/reset', {});
  }

  async faults(rules: unknown[]): Promise<void> {
    await this.post('/_local/faults', { rules });
  }

  async requests(): Promise<
    { service: string; operation: string; caller?: string; status: number; error?: string }[]
  > {
    const response = await fetch(`${this.url}/_local/requests`);
    return ((await response.json()) as { requests: [] }).requests;
  }

  async clearRequests(): Promise<void> {
    await fetch(`${this.url}/_local/requests`, { method: 'DELETE' });
  }

  async post(path: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  }
}

export const test = base.extend<{ localAws: LocalAwsControl }>({
  localAws: async ({}, use) => {
    await use(new LocalAwsControl(localAwsUrl()));
  },
  page: async ({ page }, use) => {
    const config = e2eConfig();
    await page.route('**/config.json', (route) => route.fulfill({ json: config }));
    await use(page);
  },
});

export { expect };

/** Axe finds no serious or critical violation on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

/** The seeded analysts (local-aws seed). */
export const ANALYST = { username: 'analyst', password: 'Analyst-Passw0rd!' };
export const NEW_ANALYST = { username: 'new-analyst', password: 'Temp-Passw0rd!' };

/** The top bar's user menu once signed in: its name starts "Signed in as USERNAME". */
export function userMenu(page: Page, username = ANALYST.username) {
  return page.getByRole('button', {
    name: new RegExp(`^Signed in as ${escapeRegExp(username)}\\b`),
  });
}

/**
 * Signs in through the sign-in page and waits until the signed-in shell shows the user.
 * With `returnTo`, it starts from that page's sign-in redirect and lands there afterwards.
 */
export async function signIn(
  page: Page,
  username = ANALYST.username,
  password = ANALYST.password,
  options: { returnTo?: string } = {},
): Promise<void> {
  await page.goto(
    options.returnTo ? `/signin?${new URLSearchParams({ returnTo: options.returnTo })}` : '/signin',
  );
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(userMenu(page, username)).toBeVisible();
  if (options.returnTo)
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(options.returnTo)}$`));
}

/** Signs out through the top bar's user menu and waits for the sign-in page. */
export async function signOut(page: Page, username = ANALYST.username): Promise<void> {
  await userMenu(page, username).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

/** The key rows of the open "KMS key ID" list (not its "N keys" status row). */
const kmsKeyRows = (page: Page) =>
  page
    .getByRole('dialog')
    .filter({ has: page.getByRole('combobox', { name: /Find a key/ }) })
    .getByRole('option', { name: /[0-9a-f]{8}-[0-9a-f]{4}-/ });

/**
 * Waits until the open "KMS key ID" list shows only keys matching what was typed in its filter.
 * The list follows the typed text a render later (it is deferred, to keep typing quick at
 * 10,000 keys); a click or Enter on the list before then reaches a row about to be replaced.
 */
export async function expectKmsKeysFiltered(page: Page, search: string): Promise<void> {
  await expect(kmsKeyRows(page).first()).toBeVisible();
  await expect(kmsKeyRows(page).filter({ hasNotText: search })).toHaveCount(0);
}

/** Types `search` into the open "KMS key ID" list's filter and picks the key whose row matches. */
export async function chooseKmsKey(page: Page, search: string, row: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: /Find a key/ }).fill(search);
  await expectKmsKeysFiltered(page, search);
  await kmsKeyRows(page).filter({ hasText: row }).click();
}

/**
 * Saves a picture of the page for a person to look at, when E2E_SCREENSHOTS is set
 * (`E2E_SCREENSHOTS=1 npm run test:e2e`). Pictures are not assertions, and a full-page capture
 * of a page that keeps re-rendering can stall Chromium, so a plain run takes none.
 */
export async function lookAt(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({
    path: test.info().outputPath(`${name}.png`),
    fullPage: true,
    timeout: 15_000,
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
