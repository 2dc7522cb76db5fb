/** The commune team the specs play: one set of accounts, so every spec logs in the same people. */
import type { Page } from '@playwright/test';
import { createBook, createUser, logout, setupCommune, type Account, type BookFields } from './books-page';

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
