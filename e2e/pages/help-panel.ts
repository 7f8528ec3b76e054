import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The help panel (AppLayout's tools with a HelpPanel) and the "Info" links that open it, each
 * named "Info about <what it explains>".
 */
export class HelpPanel {
  /** The open panel: the "Help panel" region that holds its close button. */
  readonly panel: Locator;
  readonly heading: Locator;
  readonly closeButton: Locator;
  readonly openButton: Locator;
  /** The links under "Learn more". */
  readonly learnMoreLinks: Locator;

  constructor(readonly page: Page) {
    this.closeButton = page.getByRole('button', { name: 'Close help panel' });
    this.openButton = page.getByRole('button', { name: 'Open help panel' });
    this.panel = page
      .getByRole('complementary', { name: 'Help panel' })
      .filter({ has: this.closeButton });
    this.heading = this.panel.getByRole('heading', { level: 2 });
    this.learnMoreLinks = this.panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') })
      .getByRole('link');
  }

  /** The Info link beside `about` (a field group's label, a header). */
  infoLink(about: string): Locator {
    return this.page.getByRole('button', { name: `Info about ${about}`, exact: true });
  }

  /** Opens the topic through its Info link and waits for the topic's heading. */
  async openFrom(about: string, header: string): Promise<void> {
    await this.infoLink(about).click();
    await expect(this.heading).toHaveText(header);
  }

  /** Every "Learn more" link opens the AWS documentation in a new tab. */
  async expectLearnMoreToAwsDocs(): Promise<void> {
    const links = await this.learnMoreLinks.all();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
      await expect(link).toHaveAttribute('rel', /noopener/);
    }
  }
}
