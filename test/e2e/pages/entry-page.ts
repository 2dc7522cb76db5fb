/**
 * Page model of the entry screen: fields by their register-type key, the status and issue
 * areas, and keying a whole entry with the keyboard only (type, then Enter to the next field).
 * Drives the UI through names and test ids; holds no assertions beyond waiting for a step.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class EntryPage {
  readonly form: Locator;
  readonly status: Locator;
  readonly error: Locator;
  readonly issues: Locator;
  readonly stats: Locator;
  readonly state: Locator;
  readonly recent: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('entry-form');
    this.status = page.getByTestId('entry-status');
    this.error = page.getByTestId('entry-error');
    this.issues = page.getByTestId('entry-issues');
    this.stats = page.getByTestId('entry-book-stats');
    this.state = page.getByTestId('entry-state');
    this.recent = page.getByTestId('entry-recent');
  }

  /** The input of a field, by its register-type key (`nksHoTen`). */
  field(key: string): Locator {
    return this.form.locator(`input[name="${key}"]`);
  }

  async ready(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  /** Field keys in the order Enter moves through them. */
  async fieldOrder(): Promise<string[]> {
    return this.form.locator('input[name]').evaluateAll((inputs) => inputs.map((i) => i.getAttribute('name') ?? ''));
  }

  async focusedField(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
  }

  /**
   * From the focused field on, following the focus as Enter moves it (passing over fields that
   * do not apply): types each non-empty value over the (selected) current text and presses
   * Enter; empty values keep what the field shows (carried or generated text). Keyboard only.
   */
  async keyEntry(values: Readonly<Record<string, string>>): Promise<void> {
    let key = await this.focusedField();
    if (key === '') throw new Error('keyEntry: focus is not in a field');
    while (key !== '') {
      const value = values[key] ?? '';
      if (value !== '') await this.page.keyboard.type(value);
      await this.page.keyboard.press('Enter');
      const left = key;
      await expect.poll(() => this.focusedField()).not.toBe(left);
      key = await this.focusedField();
    }
  }

  /** Ctrl+Enter: save as keyed and start the next entry; waits for the saved message. */
  async saveAndNext(so: string): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
    await expect(this.status).toHaveText(`Đã lưu số ${so}.`);
  }
}
