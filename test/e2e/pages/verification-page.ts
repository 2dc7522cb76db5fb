/**
 * Page model of the "Kiểm tra nhập lại" area: opening a book's verification queue, re-keying
 * the focused field with the keyboard, and the operator statistics table. Drives the UI through
 * test ids, names and keys; holds no assertions beyond waiting for each step to land.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class VerificationPage {
  readonly form: Locator;
  readonly none: Locator;
  readonly status: Locator;
  readonly stats: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('rekey-form');
    this.none = page.getByTestId('verify-none');
    this.status = page.getByTestId('status');
    this.stats = page.getByTestId('operator-stats');
  }

  field(key: string): Locator {
    return this.form.locator(`input[name="${key}"]`);
  }

  /** Verification area → the book, with the keyboard; ends on the re-key form or the "nothing left" note. */
  async openBook(quyenSo: string): Promise<void> {
    await this.page.getByTestId('nav-verification').click();
    const book = this.page.getByTestId(`verification-book-${quyenSo}`);
    await book.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.form.or(this.none)).toBeVisible();
  }

  /** Types into the focused field `key` and presses Enter. */
  async rekey(key: string, value: string): Promise<void> {
    await expect(this.field(key)).toBeFocused();
    await this.page.keyboard.type(value);
    await this.page.keyboard.press('Enter');
  }

  /** The person's totals row of the statistics table. */
  totals(displayName: string): Locator {
    return this.stats.locator('tr[data-total="true"]').filter({ hasText: displayName });
  }
}
