import { expect, type Locator, type Page } from '@playwright/test';
import { MEDIA_URI, TRANSCRIPTS_BUCKET } from '../seeded-world';
import { ConfigureJobSection } from './configure-job';
import { KmsKeyPanel } from './kms-key-panel';

/** `/jobs/create`: "Create transcription job", by the labels console.md fixes. */
export class CreateJobPage {
  readonly heading: Locator;
  /** The level-2 headings of the form's containers, in order. */
  readonly containerHeadings: Locator;

  readonly name: Locator;
  readonly media: Locator;
  readonly serviceBucket: Locator;
  readonly customerBucket: Locator;
  readonly output: Locator;
  readonly encryption: Locator;
  readonly kmsKey: KmsKeyPanel;
  /** Model type and the "Configure job - optional" containers. */
  readonly options: ConfigureJobSection;

  readonly apiRequest: Locator;
  readonly requestJson: Locator;
  readonly requestCli: Locator;

  readonly cancelButton: Locator;
  readonly createButton: Locator;
  readonly discardDialog: Locator;

  /** The notice over a form restored from a draft, its "Clear form" and its dismiss button. */
  readonly restoredNotice: Locator;
  readonly clearFormButton: Locator;
  readonly dismissRestoredNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create transcription job' });
    this.containerHeadings = page.locator('form').getByRole('heading', { level: 2 });
    this.name = page.getByLabel('Name', { exact: true });
    this.media = page.getByRole('searchbox', { name: 'Input file location on S3' });
    this.serviceBucket = page.getByRole('radio', { name: 'Service-managed S3 bucket' });
    this.customerBucket = page.getByRole('radio', { name: 'Customer specified S3 bucket' });
    this.output = page.getByRole('searchbox', { name: 'Output location on S3' });
    this.encryption = page.getByRole('checkbox', { name: 'Encryption' });
    this.kmsKey = new KmsKeyPanel(page);
    this.options = new ConfigureJobSection(page);
    this.apiRequest = page.getByRole('button', { name: 'API request' });
    this.requestJson = page.getByRole('region', { name: 'Request JSON' }).locator('pre');
    this.requestCli = page.getByRole('region', { name: 'AWS CLI command' }).locator('pre');
    this.cancelButton = page.getByRole('button', { name: 'Cancel' });
    this.createButton = page.getByRole('button', { name: 'Create job' });
    this.discardDialog = page.getByRole('dialog', { name: 'Discard this job?' });
    this.restoredNotice = page.getByText(/^Restored your unsaved draft from /);
    this.clearFormButton = page.getByRole('button', { name: 'Clear form' });
    this.dismissRestoredNotice = page.getByRole('button', { name: 'Dismiss message' });
  }

  /** Opens the page (the session must exist) and waits for its form. */
  async goto(): Promise<void> {
    await this.page.goto('/jobs/create');
    await expect(this.heading).toBeVisible();
  }

  /** A message on a field or in the form's alert. */
  message(text: string | RegExp): Locator {
    return this.page.getByText(text).first();
  }

  /** What a job needs at the least: its name, and the seeded media file. */
  async fillRequired(name: string): Promise<void> {
    await this.name.fill(name);
    await this.media.fill(MEDIA_URI);
  }

  /** Name, the seeded media file, a customer bucket for output, and encryption on. */
  async fillBasics(name: string): Promise<void> {
    await this.fillRequired(name);
    await this.customerBucket.check();
    await this.output.fill(`s3://${TRANSCRIPTS_BUCKET}/out/`);
    await this.encryption.check();
  }

  /** The "API request" preview's JSON, opening the section if it is closed. */
  async previewedRequest(): Promise<unknown> {
    if ((await this.apiRequest.getAttribute('aria-expanded')) !== 'true')
      await this.apiRequest.click();
    return JSON.parse((await this.requestJson.textContent()) ?? '');
  }

  async create(): Promise<void> {
    await this.createButton.click();
  }

  /** Picks a file (or, with no `file`, a bucket as folder) in the "Browse S3" dialog. */
  async browseS3(
    which: 'media' | 'output',
    path: { bucket: string; folder?: string; file?: string },
  ): Promise<void> {
    const browse = this.page.getByRole('button', { name: 'Browse S3' });
    await (which === 'media' ? browse.first() : browse.nth(1)).click();
    const dialog = this.page.getByRole('dialog', {
      name: which === 'media' ? 'Choose a media file' : 'Choose an output location',
    });
    if (path.file) {
      await dialog.getByRole('button', { name: path.bucket }).click();
      if (path.folder)
        await dialog.getByRole('button', { name: new RegExp(`^${path.folder}`) }).click();
      await dialog
        .getByRole('row', { name: new RegExp(path.file) })
        .getByRole('radio')
        .check();
    } else {
      await dialog
        .getByRole('row', { name: new RegExp(path.bucket) })
        .getByRole('radio')
        .check();
    }
    await dialog.getByRole('button', { name: 'Choose' }).click();
  }

  /** The sessionStorage keys of every draft in the tab, whoever it belongs to. */
  async draftsInTab(): Promise<string[]> {
    return this.page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => /draft/i.test(key)),
    );
  }
}
