import { expect, type Locator, type Page } from '@playwright/test';
import { KmsKeyPanel } from './kms-key-panel';
import { exactly } from './text';

/** The three kinds of custom resource as their pages name them (console.md). */
export interface ResourceKind {
  /** The list page's route. */
  path: string;
  /** "vocabulary", "vocabulary filter", "language model". */
  noun: string;
  /** The side navigation's link. */
  navLabel: string;
  /** The list table's name. */
  listTitle: string;
}

export const VOCABULARY: ResourceKind = {
  path: '/vocabularies',
  noun: 'vocabulary',
  navLabel: 'Custom vocabulary',
  listTitle: 'Vocabularies',
};
export const VOCABULARY_FILTER: ResourceKind = {
  path: '/vocabulary-filters',
  noun: 'vocabulary filter',
  navLabel: 'Vocabulary filtering',
  listTitle: 'Vocabulary filters',
};
export const LANGUAGE_MODEL: ResourceKind = {
  path: '/language-models',
  noun: 'language model',
  navLabel: 'Custom language models',
  listTitle: 'Custom language models',
};

/** A list of vocabularies, filters or models: table, filter, refresh, delete, create. */
export class ResourceListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly nameFilter: Locator;
  readonly refreshButton: Locator;
  readonly deleteButton: Locator;
  readonly createButton: Locator;
  readonly deleteDialog: Locator;

  constructor(
    readonly page: Page,
    readonly kind: ResourceKind,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: new RegExp(`^${kind.listTitle}`) });
    this.table = page.getByRole('table', { name: kind.listTitle });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    this.nameFilter = page.getByRole('searchbox', { name: new RegExp(`^Filter .* by name`) });
    this.refreshButton = page.getByRole('button', { name: 'Refresh' });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.createButton = page.getByRole('button', { name: `Create ${kind.noun}`, exact: true });
    this.deleteDialog = page.getByRole('dialog', { name: `Delete ${kind.noun}` });
  }

  async goto(): Promise<void> {
    await this.page.goto(this.kind.path);
    await expect(this.heading).toBeVisible();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  link(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  selection(name: string): Locator {
    return this.table.getByRole('radio', { name, exact: true });
  }

  /** Selects the row, clicks Delete and confirms in the dialog that names it. */
  async delete(name: string): Promise<void> {
    await this.selection(name).check();
    await this.deleteButton.click();
    await expect(this.deleteDialog).toContainText(name);
    await this.deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
}

/** A create page: settings, the source or training data, "Encryption - optional", tags. */
export class CreateResourcePage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly language: Locator;
  readonly encryption: Locator;
  readonly kmsKey: KmsKeyPanel;
  readonly roleArn: Locator;
  readonly createButton: Locator;
  readonly cancelButton: Locator;
  readonly addTagButton: Locator;

  constructor(
    readonly page: Page,
    readonly kind: ResourceKind,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: `Create ${kind.noun}` });
    this.name = page.getByLabel('Name', { exact: true });
    this.language = page.getByRole('button', { name: /^Language/ });
    this.encryption = page.getByRole('checkbox', { name: 'Encryption' });
    this.kmsKey = new KmsKeyPanel(page);
    this.roleArn = page.getByLabel('IAM role ARN', { exact: true });
    this.createButton = page.getByRole('button', { name: `Create ${kind.noun}`, exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel' });
    this.addTagButton = page.getByRole('button', { name: 'Add new tag' });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.kind.path}/create`);
    await expect(this.heading).toBeVisible();
  }

  /** A radio of the page by its label ("S3 location", "Phrases", "WideBand"). */
  radio(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** The list editor's row `n` (1-based): "Phrase 1", "Word 2". */
  term(label: 'Phrase' | 'Word', n: number): Locator {
    return this.page.getByRole('textbox', { name: `${label} ${n}` });
  }

  /** Fills the list editor with these terms, adding rows as needed (the first row exists). */
  async fillTerms(label: 'Phrase' | 'Word', terms: string[]): Promise<void> {
    for (const [index, term] of terms.entries()) {
      if (index > 0)
        await this.page.getByRole('button', { name: `Add ${label.toLowerCase()}` }).click();
      await this.term(label, index + 1).fill(term);
    }
  }

  /** An S3 URI field by its label ("S3 location", "Training data"). */
  s3Uri(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true }).getByRole('searchbox');
  }

  async chooseLanguage(name: string): Promise<void> {
    await this.language.click();
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }

  message(text: string | RegExp): Locator {
    return this.page.getByText(text).first();
  }

  /** Encryption on with alias/transcribe-output's key from the list, and the seeded role. */
  async encryptWithOwnKey(roleArn: string): Promise<void> {
    await this.encryption.check();
    await this.kmsKey.chooseKey('transcribe-out', /alias\/transcribe-output/);
    await this.roleArn.fill(roleArn);
  }
}

/** A details page: the Get/Describe fields, encryption, state, failure reason, content, Delete. */
export class ResourceDetailsPage {
  readonly deleteButton: Locator;
  readonly deleteDialog: Locator;
  readonly failure: Locator;
  readonly content: Locator;

  constructor(
    readonly page: Page,
    readonly kind: ResourceKind,
  ) {
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.deleteDialog = page.getByRole('dialog', { name: `Delete ${kind.noun}` });
    this.failure = page.getByText(`The ${kind.noun} failed`);
    this.content = page.getByRole('table', { name: /content$/ });
  }

  async goto(name: string): Promise<void> {
    await this.page.goto(`${this.kind.path}/${encodeURIComponent(name)}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  valueOf(label: string): Locator {
    return this.page
      .getByRole('term')
      .filter({ hasText: exactly(label) })
      .first()
      .locator('xpath=following-sibling::dd[1]');
  }
}
