import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './text';

export type OptionContainer = 'Audio settings' | 'Content removal' | 'Customization' | 'Subtitles';

/**
 * "Configure job - optional" on `/jobs/create` (console.md): Model type in Job settings, and
 * four containers below Output data, collapsed by default, each header summarising what is on.
 */
export class ConfigureJobSection {
  readonly modelType: { general: Locator; custom: Locator };
  readonly languageModel: Locator;
  readonly identifyMultiple: Locator;

  constructor(readonly page: Page) {
    this.modelType = {
      general: page.getByRole('radio', { name: 'General model' }),
      custom: page.getByRole('radio', { name: 'Custom language model' }),
    };
    this.languageModel = this.select('Language model');
    this.identifyMultiple = page.getByRole('radio', {
      name: 'Automatic multiple languages identification',
    });
  }

  /** A container's expand button, named by its title. */
  header(title: OptionContainer): Locator {
    // Through its heading: the side navigation has a "Customization" section button too.
    return this.page
      .getByRole('heading', { level: 2 })
      .getByRole('button', { name: title, exact: true });
  }

  /** What a container's header says is on ("Off" when nothing is): the line under its title. */
  summary(title: OptionContainer): Locator {
    return this.page
      .getByRole('heading', { level: 2 })
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) })
      .locator('xpath=(ancestor::*[.//p][1]//p)[1]');
  }

  async open(title: OptionContainer): Promise<void> {
    const header = this.header(title);
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
  }

  async close(title: OptionContainer): Promise<void> {
    const header = this.header(title);
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'false');
  }

  /** A toggle ("Audio identification", "PII redaction" …), by its label. */
  toggle(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  radio(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  input(label: string): Locator {
    return this.page.getByRole('spinbutton', { name: label, exact: true });
  }

  /** A checkbox by its own label ("SRT"); the form field's label may follow it in the name. */
  checkbox(label: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}\\b`) });
  }

  /** A Cloudscape select's trigger, by its field's label. */
  select(label: string | RegExp): Locator {
    return this.page.getByRole('button', {
      name: typeof label === 'string' ? new RegExp(`^${escapeRegExp(label)}`) : label,
    });
  }

  /** Opens a select and chooses an option by its label (its tags and description may follow). */
  async choose(label: string | RegExp, option: string): Promise<void> {
    await this.select(label).click();
    await this.page
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(option)}(\\s|$)`) })
      .click();
  }

  /** The options an open select lists. */
  options(): Locator {
    return this.page.getByRole('option');
  }

  /** A message on a field (its error text). */
  message(text: string | RegExp): Locator {
    return this.page.getByText(text).first();
  }
}
