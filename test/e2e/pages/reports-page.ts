/**
 * Page model of the weekly report ("Báo cáo") and of the unit-price setting: opens the screen,
 * reads a table row by its first cell, changes the price, exports to a folder. Drives the UI
 * through test ids and the keyboard; holds no assertions beyond waiting for each step to land.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ReportsPage {
  readonly screen: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-reports');
    this.status = page.getByTestId('status');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-reports').click();
    await expect(this.page.getByTestId('report-tile-cost')).toBeVisible();
  }

  tile(id: string): Locator {
    return this.page.getByTestId(`report-tile-${id}`);
  }

  /** The cells of the one row holding `text`, as the screen shows them. */
  async row(table: 'report-types' | 'report-books' | 'report-people', text: string): Promise<string[]> {
    const row = this.page.getByTestId(table).locator('tbody tr').filter({ hasText: text });
    await expect(row).toHaveCount(1);
    return row.locator('th, td').allInnerTexts();
  }

  /** Settings → unit price, typed over the old one, Enter to save. */
  async setUnitPrice(price: string): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    const field = this.page.getByTestId('unit-price-form').locator('input[name="unitPrice"]');
    await field.fill(price);
    await field.press('Enter');
    await expect(this.page.getByTestId('unit-price-form').getByTestId('status')).toBeVisible();
  }

  /** Types the folder and exports; resolves with the saved message. */
  async exportTo(folder: string): Promise<string> {
    const form = this.page.getByTestId('report-export');
    await form.getByTestId('report-export-folder').fill(folder);
    await form.getByTestId('report-export-submit').click();
    const status = form.getByTestId('status');
    await expect(status).toBeVisible();
    return status.innerText();
  }
}
