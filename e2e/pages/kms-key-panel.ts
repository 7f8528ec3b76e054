import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The KMS key panel (console.md: a key from the current account's list or another account's
 * by ARN, the access check, the encryption context). One component object wherever the panel
 * is: the create-job page today, the vocabulary and language-model pages later. `root` is the
 * part of the page that holds it.
 */
export class KmsKeyPanel {
  readonly currentAccount: Locator;
  readonly otherAccount: Locator;
  /** The "KMS key ID" select (current account). */
  readonly keySelect: Locator;
  /** The "KMS key ARN" input (different account). */
  readonly keyArn: Locator;
  readonly checkAccess: Locator;
  readonly addContextButton: Locator;
  /** What the access check says when the key can be used (for a job: to write and to read). */
  readonly canUse: Locator;
  /** What it says when the key can write but not read (the transcript stays unreadable here). */
  readonly canWriteNotRead: Locator;
  /** The access check's "Copy" of a key policy statement, and its "Details" (KMS's words). */
  readonly copyStatement: Locator;
  readonly details: Locator;

  /** The open key list's filter, and its key rows (not its "N keys" status row). */
  readonly keyFilter: Locator;
  readonly keyOptions: Locator;
  readonly retryList: Locator;

  constructor(
    readonly page: Page,
    readonly root: Page | Locator = page,
  ) {
    this.currentAccount = root.getByRole('radio', { name: 'Key from current account' });
    this.otherAccount = root.getByRole('radio', { name: 'Key from a different account' });
    this.keySelect = root.getByRole('button', { name: /KMS key ID/ });
    this.keyArn = root.getByLabel('KMS key ARN');
    this.checkAccess = root.getByRole('button', { name: 'Check access' });
    this.addContextButton = root.getByRole('button', { name: 'Add encryption context' });
    // console.md's words; a job's check adds that its transcripts can be read here.
    this.canUse = root.getByText('You can use this key.');
    this.canWriteNotRead = root.getByText(
      'You can encrypt with this key but not decrypt: you will not be able to read or download the transcript here.',
    );
    this.copyStatement = root.getByRole('button', { name: 'Copy key policy statement' });
    this.details = root.getByRole('button', { name: 'Details' });
    this.keyFilter = root.getByRole('combobox', { name: /Find a key/ });
    this.keyOptions = root
      .getByRole('dialog')
      .filter({ has: this.keyFilter })
      .getByRole('option', { name: /[0-9a-f]{8}-[0-9a-f]{4}-/ });
    this.retryList = root.getByRole('button', { name: 'Retry' });
  }

  /** The open list's option for a key, by its label (alias name or key ID). */
  option(label: RegExp): Locator {
    return this.root.getByRole('option', { name: label });
  }

  /** A message on the panel's fields (an error, a hint, the access check's answer). */
  message(text: string | RegExp): Locator {
    return this.root.getByText(text).first();
  }

  /**
   * One of the chosen key's details under "KMS key ID" (Status, Description, Key rotation…):
   * its label and the value that follows it.
   */
  detail(label: string): Locator {
    return this.root.getByText(label, { exact: true }).locator('xpath=..');
  }

  contextKey(row: number): Locator {
    return this.root.getByRole('textbox', { name: `Encryption context key ${row}` });
  }

  contextValue(row: number): Locator {
    return this.root.getByRole('textbox', { name: `Encryption context value ${row}` });
  }

  /**
   * Waits until the open list shows only keys matching what was typed in its filter. The list
   * follows the typed text a render later (it is deferred, to keep typing quick at 10,000
   * keys); a click or Enter on the list before then reaches a row about to be replaced.
   */
  async expectKeysFiltered(search: string): Promise<void> {
    await expect(this.keyOptions.first()).toBeVisible();
    await expect(this.keyOptions.filter({ hasNotText: search })).toHaveCount(0);
  }

  /** Opens the "KMS key ID" list, types `search` in its filter and picks the matching key. */
  async chooseKey(search: string, row: RegExp): Promise<void> {
    await this.keySelect.click();
    await this.keyFilter.fill(search);
    await this.expectKeysFiltered(search);
    await this.keyOptions.filter({ hasText: row }).click();
  }

  /** Adds a pair to the encryption context (the next row). */
  async addContext(row: number, key: string, value?: string): Promise<void> {
    await this.addContextButton.click();
    await this.contextKey(row).fill(key);
    if (value !== undefined) await this.contextValue(row).fill(value);
  }
}
