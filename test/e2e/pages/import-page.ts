/**
 * Page model of the Excel import into a book: opening it from the books list with the keyboard,
 * giving the file to the labelled file input (the native picker cannot be driven), reading the
 * preview and its counts, importing or cancelling with the screen's keys. Drives the UI through
 * labels and test ids; holds no assertions beyond waiting for each step.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface ImportCounts {
  keyed: number;
  drafts: number;
  duplicates: number;
}

export class ImportPage {
  readonly screen: Locator;
  readonly file: Locator;
  readonly summary: Locator;
  readonly problems: Locator;
  readonly done: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('excel-import');
    this.file = page.getByLabel('Tệp Excel (.xlsx) của sổ');
    this.summary = page.getByTestId('import-summary');
    this.problems = page.getByTestId('import-problems');
    this.done = page.getByTestId('import-done');
    this.error = this.screen.getByTestId('error');
  }

  /** From the books list: focuses the book's "Nhập từ tệp Excel" button and presses Enter. */
  async open(quyenSo: string): Promise<void> {
    await this.page.getByTestId('nav-books').click();
    const button = this.page.getByTestId(`book-import-${quyenSo}`);
    await button.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.file).toBeFocused();
  }

  async choose(name: string, bytes: Uint8Array): Promise<void> {
    await this.file.setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
  }

  problem(row: number, column: string): Locator {
    return this.problems.getByTestId(`import-problem-${row}-${column}`);
  }

  /** Ctrl+Enter on the preview; resolves with the counts the screen reports. */
  async importWithKeys(): Promise<ImportCounts> {
    await expect(this.summary).toBeVisible({ timeout: 30_000 });
    await this.page.keyboard.press('Control+Enter');
    await expect(this.done).toBeVisible({ timeout: 30_000 });
    const count = async (name: string) => Number(await this.done.getAttribute(`data-${name}`));
    return { keyed: await count('keyed'), drafts: await count('drafts'), duplicates: await count('duplicates') };
  }

  /** From the counts back to the books list (the finish button has focus). */
  async finish(): Promise<void> {
    await expect(this.page.getByTestId('import-finish')).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('books-table')).toBeVisible();
  }
}
