/**
 * Page model for the flows most specs start with: first-run setup, accounts, signing in and
 * out, registering a book and opening it for keying. Drives the UI only through labels, names
 * and test ids; holds no assertions beyond waiting for each step to land.
 */
import { expect, type Page } from '@playwright/test';

export interface Account {
  username: string;
  displayName: string;
  password: string;
}

export type RoleName = 'clerk' | 'justice' | 'police' | 'lead' | 'technician';

export interface BookFields {
  type: string;
  quyenSo: string;
  yearFrom: number;
  yearTo: number;
  registeringBody: string;
  paperSize: 'A3' | 'A4';
  pageCount: number;
  surveyedCount: number;
  notes?: string;
}

export interface CommunePick {
  /** Text typed into each combobox; the first match is chosen with Enter. */
  province: string;
  commune: string;
}

/** Picks the first match in one of the app's comboboxes. */
export async function pickUnit(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(text);
  await input.press('Enter');
}

/**
 * First-run wizard on the 1 July 2025 units, creating `lead` as team lead; returns the
 * recovery code shown once. Ends signed in as the lead on the books screen.
 */
export async function setupCommune(page: Page, lead: Account, commune: CommunePick = { province: 'Hà Nội', commune: 'Ba Đình' }): Promise<string> {
  await page.getByTestId('era-from-2025-07-01').check();
  await pickUnit(page, 'unit-province', commune.province);
  await pickUnit(page, 'unit-commune', commune.commune);
  await page.getByTestId('setup-next').click();
  await page.locator('input[name="username"]').fill(lead.username);
  await page.locator('input[name="displayName"]').fill(lead.displayName);
  await page.locator('input[name="password"]').fill(lead.password);
  await page.locator('input[name="passwordConfirm"]').fill(lead.password);
  await page.getByTestId('setup-create').click();
  const code = page.getByTestId('recovery-code');
  await expect(code).not.toBeEmpty({ timeout: 30_000 });
  const recoveryCode = (await code.textContent()) ?? '';
  await page.getByTestId('recovery-confirm').check();
  await page.getByTestId('setup-finish').click();
  await expect(page.getByTestId('current-user')).toHaveText(lead.displayName);
  return recoveryCode;
}

/** As the lead: creates an account on the users screen and waits for its row. */
export async function createUser(page: Page, user: Account & { roles: readonly RoleName[] }): Promise<void> {
  await page.getByTestId('nav-users').click();
  const form = page.getByTestId('create-user-form');
  await form.locator('input[name="username"]').fill(user.username);
  await form.locator('input[name="displayName"]').fill(user.displayName);
  for (const role of user.roles) await form.locator(`input[name="role-${role}"]`).check();
  await form.locator('input[name="password"]').fill(user.password);
  await form.locator('input[name="passwordConfirm"]').fill(user.password);
  await page.getByTestId('create-user-submit').click();
  await expect(page.getByTestId(`user-row-${user.username}`)).toBeVisible({ timeout: 30_000 });
}

/** Locks the session; ends on the sign-in screen. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

/** Signs in from the sign-in screen and waits for the signed-in frame. */
export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('lock-button')).toBeVisible({ timeout: 30_000 });
}

/** Fills the open book form (new or edit); the type select is skipped when it is fixed. */
export async function fillBookForm(page: Page, book: Partial<BookFields>): Promise<void> {
  const form = page.getByTestId('book-form');
  const type = form.locator('select[name="type"]');
  if (book.type !== undefined && (await type.isEnabled())) await type.selectOption(book.type);
  const text: [keyof BookFields, string | number | undefined][] = [
    ['quyenSo', book.quyenSo],
    ['yearFrom', book.yearFrom],
    ['yearTo', book.yearTo],
    ['registeringBody', book.registeringBody],
    ['pageCount', book.pageCount],
    ['surveyedCount', book.surveyedCount],
    ['notes', book.notes],
  ];
  for (const [name, value] of text) {
    if (value !== undefined) await form.locator(`input[name="${name}"]`).fill(String(value));
  }
  if (book.paperSize !== undefined) await form.locator('select[name="paperSize"]').selectOption(book.paperSize);
}

/** As someone who manages books: registers a book and waits for its row in the list. */
export async function createBook(page: Page, book: BookFields): Promise<void> {
  await page.getByTestId('nav-books').click();
  await page.getByTestId('book-new').click();
  await fillBookForm(page, book);
  await page.getByTestId('book-save').click();
  await expect(page.getByTestId(`book-row-${book.quyenSo}`)).toBeVisible();
}

/** As a clerk: opens the entry form for the book from the books list. */
export async function openBookForKeying(page: Page, quyenSo: string): Promise<void> {
  await page.getByTestId('nav-books').click();
  await page.getByTestId(`book-key-${quyenSo}`).click();
  await expect(page.getByTestId('screen-entry')).toBeVisible();
}
