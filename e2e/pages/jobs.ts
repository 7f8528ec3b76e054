import type { Locator, Page } from '@playwright/test';
import { DeleteJobDialog } from './delete-job-dialog';

/** `/jobs`: the "Transcription jobs" table, its filters, paging and actions. */
export class JobsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly columnHeaders: Locator;
  /** One row per job shown (each job's row is headed by its name). */
  readonly jobRows: Locator;
  readonly emptyState: Locator;
  readonly loadError: Locator;
  readonly retryButton: Locator;

  readonly refreshButton: Locator;
  readonly deleteButton: Locator;
  readonly createButton: Locator;
  readonly deleteDialog: DeleteJobDialog;

  readonly nameFilter: Locator;
  readonly statusFilter: Locator;
  readonly clearFilterButton: Locator;
  readonly nextPageButton: Locator;
  readonly preferencesButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Transcription jobs/ });
    this.table = page.getByRole('table', { name: 'Transcription jobs' });
    this.columnHeaders = this.table.getByRole('columnheader');
    this.jobRows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    this.emptyState = page.getByText('No transcription jobs');
    this.loadError = page.getByText('The transcription jobs could not be loaded');
    this.retryButton = page.getByRole('button', { name: 'Retry' });
    this.refreshButton = page.getByRole('button', { name: 'Refresh' });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.createButton = page.getByRole('button', { name: 'Create job', exact: true });
    this.deleteDialog = new DeleteJobDialog(page);
    this.nameFilter = page.getByRole('searchbox', { name: 'Filter jobs by name' });
    this.statusFilter = page.getByRole('button', { name: /Filter by status/ });
    this.clearFilterButton = page.getByRole('button', { name: 'Clear filter' });
    this.nextPageButton = page.getByRole('button', { name: 'Next page' });
    this.preferencesButton = page.getByRole('button', { name: 'Preferences' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/jobs');
  }

  /** The job's row, found by the name that heads it. */
  row(name: string): Locator {
    return this.jobRows.filter({
      has: this.page.getByRole('rowheader', { name, exact: true }),
    });
  }

  /** The link to the job's page, in its row. */
  link(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  /** The job's selection radio. */
  selection(name: string): Locator {
    return this.table.getByRole('radio', { name, exact: true });
  }

  pageButton(page: number): Locator {
    return this.page.getByRole('button', { name: `Page ${page}` });
  }

  async filterByStatus(label: string): Promise<void> {
    await this.statusFilter.click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async setPageSize(jobs: number): Promise<void> {
    await this.preferencesButton.click();
    await this.page.getByRole('radio', { name: `${jobs} jobs` }).check();
    await this.page.getByRole('button', { name: 'Confirm' }).click();
  }

  /** Selects the job, clicks "Delete" and returns the confirmation it opens. */
  async startDeleting(name: string): Promise<DeleteJobDialog> {
    await this.selection(name).check();
    await this.deleteButton.click();
    return this.deleteDialog;
  }
}
