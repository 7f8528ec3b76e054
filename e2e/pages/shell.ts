import { expect, type Locator, type Page } from '@playwright/test';
import { ANALYST, REGION } from '../seeded-world';
import { escapeRegExp } from './text';

/** What every signed-in page has: top bar, side navigation, breadcrumbs, flash messages. */
export class Shell {
  readonly topBar: Locator;
  readonly sideNavigation: Locator;
  readonly breadcrumbs: Locator;
  readonly region: Locator;
  readonly dismissFlash: Locator;

  constructor(readonly page: Page) {
    this.topBar = page.getByRole('banner');
    this.sideNavigation = page.getByRole('navigation', { name: 'Side navigation' });
    this.breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    this.region = page.getByRole('button', { name: `Region ${REGION}` });
    this.dismissFlash = page.getByRole('button', { name: 'Dismiss message' });
  }

  /** The top bar's user menu: its name starts "Signed in as USERNAME". */
  userMenu(username = ANALYST.username): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^Signed in as ${escapeRegExp(username)}\\b`),
    });
  }

  /** "USERNAME @ ACCOUNT" in the top bar, once STS has said which account it is. */
  signedInAs(username: string, accountId: string): Locator {
    return this.topBar.getByText(`${username} @ ${accountId}`);
  }

  /** The page's title (its one level-1 heading). */
  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  flash(message: string): Locator {
    return this.page.getByText(message);
  }

  async openTranscriptionJobs(): Promise<void> {
    await this.sideNavigation.getByRole('link', { name: 'Transcription jobs' }).click();
  }

  /** Signs out through the user menu and waits for the sign-in page. */
  async signOut(username = ANALYST.username): Promise<void> {
    await this.userMenu(username).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(this.heading('Sign in')).toBeVisible();
  }
}
