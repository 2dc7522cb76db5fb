/** The commune team the specs play: one set of accounts, so every spec logs in the same people. */
import { expect, type Page } from '@playwright/test';
import { createBook, createUser, fillBookForm, logout, setupCommune, type Account, type BookFields } from './books-page';

export const lead: Account = { username: 'totruong', displayName: 'Nguyễn Thị Tổ Trưởng', password: 'Lạc-Long-2025-an-toàn' };
export const clerk: Account = { username: 'nhaplieu1', displayName: 'Trần Văn Nhập', password: 'Nhap-lieu-so-1-kho-doan' };
export const secondClerk: Account = { username: 'nhaplieu2', displayName: 'Phạm Thị Kiểm', password: 'Nhap-lieu-so-2-kho-doan' };
export const officer: Account = { username: 'tuphap', displayName: 'Lê Thị Tư Pháp', password: 'Tu-phap-ho-tich-kho-doan' };

/** First run by the lead, a clerk and a justice officer, one book; ends logged out. */
export async function setUpTeamWithBook(page: Page, book: BookFields): Promise<void> {
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  await createUser(page, { ...officer, roles: ['justice'] });
  await createBook(page, book);
  await logout(page);
}

/** How every entry of a book is verified: by re-keying against the first keying, or keyed twice independently; and which fields. */
export interface VerificationChoice {
  method: 'dependent' | 'independent';
  fields: readonly string[];
}

/** First run by the lead with two clerks and a justice officer, one book whose every entry is verified as `policy` says; ends logged out. */
export async function setUpVerificationBook(page: Page, book: BookFields, policy: VerificationChoice): Promise<void> {
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  await createUser(page, { ...secondClerk, roles: ['clerk'] });
  await createUser(page, { ...officer, roles: ['justice'] });
  await page.getByTestId('nav-books').click();
  await page.getByTestId('book-new').click();
  await fillBookForm(page, book);
  const form = page.getByTestId('verification-policy');
  await form.getByLabel('Bản ghi cần kiểm tra').selectOption('all');
  await form.getByLabel('Cách kiểm tra').selectOption(policy.method);
  await form.getByLabel('Các ô cần nhập lại').selectOption([...policy.fields]);
  await page.getByTestId('book-save').click();
  await expect(page.getByTestId(`book-row-${book.quyenSo}`)).toBeVisible();
  await logout(page);
}
