import { expect, type Locator, type Page } from '@playwright/test';
import { ANALYST, NEW_ANALYST, type User } from '../seeded-world';
import { Shell } from './shell';
import { escapeRegExp } from './text';

/** `/signin`: the sign-in form, and the "Set a new password" step that can follow it. */
export class SignInPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;

  readonly newPasswordHeading: Locator;
  readonly newPassword: Locator;
  readonly confirmPassword: Locator;
  readonly setPasswordButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.username = page.getByLabel('Username');
    this.password = page.getByLabel('Password', { exact: true });
    this.signInButton = page.getByRole('button', { name: 'Sign in' });
    this.newPasswordHeading = page.getByRole('heading', { level: 1, name: 'Set a new password' });
    this.newPassword = page.getByLabel('New password');
    this.confirmPassword = page.getByLabel('Confirm password');
    this.setPasswordButton = page.getByRole('button', { name: 'Set password' });
  }

  /** Opens the sign-in page; with `returnTo`, as a page that needs a session redirects to it. */
  async goto(returnTo?: string): Promise<void> {
    await this.page.goto(returnTo ? `/signin?${new URLSearchParams({ returnTo })}` : '/signin');
  }

  /** Fills in the user's name and password and clicks "Sign in". */
  async submit(user: User): Promise<void> {
    await this.username.fill(user.username);
    await this.password.fill(user.password);
    await this.signInButton.click();
  }

  /**
   * Signs in from the sign-in page and waits until the signed-in shell shows the user. With
   * `returnTo`, it starts from that page's sign-in redirect and waits to land there.
   */
  async signIn(user: User = ANALYST, options: { returnTo?: string } = {}): Promise<void> {
    await this.goto(options.returnTo);
    await this.submit(user);
    await expect(new Shell(this.page).userMenu(user.username)).toBeVisible();
    if (options.returnTo)
      await expect(this.page).toHaveURL(new RegExp(`${escapeRegExp(options.returnTo)}$`));
  }

  /** Signs in as a user seeded with a temporary password, up to "Set a new password". */
  async reachNewPasswordStep(
    user: User = NEW_ANALYST,
    options: { returnTo?: string } = {},
  ): Promise<void> {
    await this.goto(options.returnTo);
    await this.submit(user);
    await expect(this.newPasswordHeading).toBeVisible();
  }

  async setNewPassword(password: string, confirmation = password): Promise<void> {
    await this.newPassword.fill(password);
    await this.confirmPassword.fill(confirmation);
    await this.setPasswordButton.click();
  }
}
