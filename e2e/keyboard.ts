import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until the control has focus, as a keyboard user would, at most
 * `within` times.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, within = 80 }: { backwards?: boolean; within?: number } = {},
) {
  for (let i = 0; i <= within; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    if (i < within) await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with ${within} presses of Tab`);
}
