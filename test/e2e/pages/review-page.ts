/**
 * Page model of the review screen ("Kiểm tra") and of the clerk's returned-entries list: opens
 * a book's queue, a scanned page or an entry from it, and decides with the keyboard (A, R, Esc). Drives the UI
 * through test ids and keys; holds no assertions beyond waiting for each step to land.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ReviewPage {
  readonly queue: Locator;
  readonly entry: Locator;
  readonly status: Locator;
  readonly history: Locator;
  /** The entries listed beside the scanned page under review. */
  readonly pageEntries: Locator;

  constructor(readonly page: Page) {
    this.queue = page.getByTestId('review-queue');
    this.entry = page.getByTestId('review-entry');
    this.status = page.getByTestId('status');
    this.history = page.getByTestId('review-history-item');
    this.pageEntries = page.getByTestId('review-page-entry');
  }

  /** Review area → the book's queue, with the keyboard from the focused first book. */
  async openBook(quyenSo: string): Promise<void> {
    await this.page.getByTestId('nav-review').click();
    const book = this.page.getByTestId(`review-book-${quyenSo}`);
    await book.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('review-other-book')).toBeVisible();
  }

  /** Opens the first entry of the queue with Enter. */
  async openFirstEntry(): Promise<void> {
    await expect(this.page.getByTestId('review-queue-item').first()).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.entry).toBeVisible();
  }

  /** Opens the scanned page numbered `number` from the queue, with arrows and Enter from the focused first page. */
  async openPage(number: number): Promise<void> {
    const pages = this.page.getByTestId('review-page-item');
    await expect(pages.first()).toBeFocused();
    const target = this.page.locator(`[data-testid="review-page-item"][data-page="${number}"]`);
    const count = await pages.count();
    for (let moved = 0; moved < count && !(await target.evaluate((el) => el === document.activeElement)); moved++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('review-page')).toHaveAttribute('data-page', String(number));
  }

  /** R, the reason, the field, Enter. */
  async returnWith(reason: string, field: string): Promise<void> {
    await this.page.keyboard.press('r');
    const dialog = this.page.getByTestId('review-return-dialog');
    await expect(dialog.locator('input[name="reason"]')).toBeFocused();
    await this.page.keyboard.type(reason);
    await this.page.keyboard.press('Tab');
    await dialog.locator('select[name="field"]').selectOption(field);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}
