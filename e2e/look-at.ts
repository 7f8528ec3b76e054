import { type Page, test } from '@playwright/test';

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
