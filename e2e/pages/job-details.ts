import type { Locator, Page } from '@playwright/test';
import { DeleteJobDialog } from './delete-job-dialog';

/** `/jobs/:name`: a job's details, its output encryption, its transcript. */
export class JobDetailsPage {
  readonly transcript: Locator;
  readonly downloadButton: Locator;
  readonly deleteButton: Locator;
  readonly refreshButton: Locator;
  readonly retryButton: Locator;
  readonly deleteDialog: DeleteJobDialog;
  readonly notFoundHeading: Locator;
  readonly backToJobs: Locator;
  readonly loadError: Locator;
  /** "Output files": a row per file the job wrote. */
  readonly outputFiles: Locator;

  constructor(readonly page: Page) {
    this.transcript = page.getByRole('region', { name: 'Transcript text' });
    this.downloadButton = page.getByRole('button', { name: 'Download', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.refreshButton = page.getByRole('button', { name: 'Refresh job' });
    this.retryButton = page.getByRole('button', { name: 'Retry' });
    this.deleteDialog = new DeleteJobDialog(page);
    this.notFoundHeading = page.getByRole('heading', { level: 1, name: 'Job not found' });
    this.backToJobs = page.getByRole('link', { name: 'Go to Transcription jobs' });
    this.loadError = page.getByText('The transcription job could not be loaded');
    this.outputFiles = page.getByRole('table', { name: 'Output files' });
  }

  /** The preview's turns, one list item each, in the list named "Speaker turns" or "Channel turns". */
  turns(list: 'Speaker turns' | 'Channel turns'): Locator {
    return this.transcript.getByRole('list', { name: list }).getByRole('listitem');
  }

  /** Words the preview marks: redacted, masked or tagged, as the transcript writes them. */
  get markedWords(): Locator {
    return this.transcript.locator('mark');
  }

  /** The "Output files" row of one file, by what it is ("SRT subtitles"). */
  outputFile(name: string): Locator {
    return this.outputFiles
      .getByRole('row')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async goto(name: string): Promise<void> {
    await this.page.goto(`/jobs/${encodeURIComponent(name)}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /**
   * A label of the page's key-value lists (a term), e.g. "Status" or a tag key: the term whose
   * label is exactly `name` (a term may also hold an Info link).
   */
  label(name: string): Locator {
    return this.page.getByRole('term').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** The value shown for a label: the definition that follows its term. */
  valueOf(name: string): Locator {
    return this.label(name).first().locator('xpath=following-sibling::dd[1]');
  }
}
