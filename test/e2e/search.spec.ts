/**
 * Encrypted search end to end: entries keyed through the real form are found by an
 * unaccented, partial, reordered name and by registration number, and Enter on a hit opens
 * the entry in the form. Everything goes through blind-index tokens; nothing is plaintext.
 */
import { expect, test } from './fixtures/harness';
import { createBook, createUser, login, logout, openBookForKeying, setupCommune } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { lead, clerk } from './pages/team';


test('entries keyed in the form are found by unaccented partial names and open with Enter', async ({ sohoa }) => {
  test.setTimeout(120_000);
  const [first, second] = fixtures.KS;
  if (!first || !second) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  await createBook(page, { type: 'KS', quyenSo: first.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: first.noiDangKy, paperSize: 'A4', pageCount: 100, surveyedCount: 50 });
  await logout(page);
  await login(page, clerk.username, clerk.password);
  await openBookForKeying(page, first.quyenSo);
  const entry = new EntryPage(page);
  await entry.ready();
  await entry.keyEntry(first);
  await entry.saveAndNext(first.so);
  await entry.keyEntry({ ...second, so: '' });
  await entry.saveAndNext(second.so);

  await page.getByTestId('nav-search').click();
  const [family, , given] = first.nksHoTen.split(' ');
  const unaccented = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').toLowerCase();
  await page.locator('input[name="q"]').fill(`${unaccented(given!)} ${unaccented(family!).slice(0, 3)}`);
  await expect(page.getByTestId(`entry-row-${first.so}`)).toContainText(first.nksHoTen);
  await expect(page.getByTestId(`entry-row-${second.so}`)).toHaveCount(0);

  await page.locator('input[name="q"]').fill('');
  await page.locator('input[name="so"]').fill(second.so);
  await expect(page.getByTestId(`entry-row-${second.so}`)).toContainText(second.nksHoTen);
  await page.getByTestId(`entry-row-${second.so}`).focus();
  await page.keyboard.press('Enter');
  await expect(entry.field('nksHoTen')).toHaveValue(second.nksHoTen);
});
