/**
 * Page model of a book's lifecycle buttons in the books list and of the acceptance check
 * screen: finish keying, open the check, sign the book off and re-open it, by keyboard (focus
 * and Enter) where the user would. Drives the UI through test ids; holds no assertions beyond
 * waiting for each step to land.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class AcceptancePage {
  readonly screen: Locator;
  readonly verdict: Locator;
  readonly sign: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('book-acceptance');
    this.verdict = page.getByTestId('acceptance-verdict');
    this.sign = page.getByTestId('acceptance-sign');
  }

  line(kind: 'count' | 'unsettled' | 'invalid' | 'unlinked'): Locator {
    return this.page.getByTestId(`acceptance-${kind}`);
  }

  /** Books area, then a row button reached by focus and pressed with Enter. */
  async press(testId: string): Promise<void> {
    await this.page.getByTestId('nav-books').click();
    const button = this.page.getByTestId(testId);
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  async finishKeying(quyenSo: string): Promise<void> {
    await this.press(`book-finish-${quyenSo}`);
    await expect(this.page.getByTestId(`book-row-${quyenSo}`).getByTestId('book-status')).toHaveAttribute('data-status', 'keyed');
  }

  async open(quyenSo: string): Promise<void> {
    await this.press(`book-accept-${quyenSo}`);
    await expect(this.verdict).toBeVisible();
  }

  /** Opens the sign-off dialog, types the note and confirms with Enter. */
  async signOff(note: string): Promise<void> {
    await this.sign.focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByTestId('acceptance-dialog');
    await expect(dialog.locator('input[name="note"]')).toBeFocused();
    await this.page.keyboard.type(note);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}
