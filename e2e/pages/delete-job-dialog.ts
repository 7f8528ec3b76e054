import type { Locator, Page } from '@playwright/test';

/** The "Delete transcription job" confirmation, on the jobs list and on a job's page. */
export class DeleteJobDialog {
  readonly dialog: Locator;
  readonly confirmButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Delete transcription job' });
    this.confirmButton = this.dialog.getByRole('button', { name: 'Delete', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  message(text: string | RegExp): Locator {
    return this.dialog.getByText(text);
  }
}
