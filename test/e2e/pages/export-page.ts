/**
 * Page model of a book's export for the Ministry: opens it from the books list with the
 * keyboard, types the target folder and runs the export with Enter. Drives the UI through
 * test ids; holds no assertions beyond waiting for each step to land.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ExportPage {
  readonly screen: Locator;
  readonly counts: Locator;
  readonly folder: Locator;
  readonly names: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('book-export');
    this.counts = page.getByTestId('export-counts');
    this.folder = page.getByTestId('export-folder');
    this.names = page.getByTestId('export-names');
    this.done = page.getByTestId('export-done');
  }

  /** Books area, then the row's export button reached by focus and pressed with Enter. */
  async open(quyenSo: string): Promise<void> {
    await this.page.getByTestId('nav-books').click();
    const button = this.page.getByTestId(`book-export-${quyenSo}`);
    await button.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.counts).toBeVisible();
  }

  /** Replaces the folder shown with `folder` and presses Enter, which runs the export. */
  async exportTo(folder: string): Promise<void> {
    await this.folder.focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(folder);
    await this.page.keyboard.press('Enter');
    await expect(this.done).toBeFocused({ timeout: 30_000 });
  }
}
