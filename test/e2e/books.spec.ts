/**
 * Books and search through the web host: the lead registers a book with the admin-unit picker
 * and edits it, a clerk sees the list read-only, and the search screen starts empty.
 */
import { expect, test } from './fixtures/harness';
import { createUser, fillBookForm, login, logout, pickUnit, setupCommune } from './pages/books-page';
import { lead, clerk } from './pages/team';


test('the lead registers a book with the era picker, edits it, and a clerk sees it read-only', async ({ sohoa }) => {
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });

  await page.getByTestId('nav-books').click();
  await expect(page.getByTestId('books-empty')).toBeVisible();
  await page.getByTestId('book-new').click();
  const form = page.getByTestId('book-form');

  // Saving an empty form names the missing fields in Vietnamese next to them.
  await page.getByTestId('book-save').click();
  await expect(form.getByText('Vui lòng điền ô này.').first()).toBeVisible();

  await form.locator('select[name="type"]').selectOption('KS');
  await page.getByTestId('body-era-before-2025-07-01').check();
  await pickUnit(page, 'body-unit-province', 'Hải Dương');
  await pickUnit(page, 'body-unit-district', 'Kinh Môn');
  await pickUnit(page, 'body-unit-commune', 'Lạc Long');
  await expect(form.locator('input[name="registeringBody"]')).toHaveValue('UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương');

  await form.locator('select[name="bodyLevel"]').selectOption('district');
  await expect(form.locator('input[name="registeringBody"]')).toHaveValue('UBND thị xã Kinh Môn, tỉnh Hải Dương');
  await form.locator('select[name="bodyLevel"]').selectOption('commune');
  await pickUnit(page, 'body-unit-commune', 'Lạc Long');
  await expect(form.locator('input[name="registeringBody"]')).toHaveValue('UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương');

  await fillBookForm(page, { quyenSo: '02-1996', yearFrom: 1997, yearTo: 1996, paperSize: 'A3', pageCount: 120, surveyedCount: 0 });
  await page.getByTestId('book-save').click();
  await expect(form.getByText(/Ghi theo dạng số\/năm/)).toBeVisible();
  await expect(form.getByText('"Đến năm" không được trước "Từ năm".')).toBeVisible();

  await fillBookForm(page, { quyenSo: '02/1996', yearFrom: 1996, yearTo: 1996 });
  await page.getByTestId('book-save').click();
  const row = page.getByTestId('book-row-02/1996');
  await expect(row).toContainText('UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương');
  await expect(row.getByTestId('book-status')).toHaveText('Đã đăng ký');

  await page.getByTestId('book-edit-02/1996').click();
  await expect(form.locator('select[name="type"]')).toBeDisabled();
  await expect(form.locator('input[name="registeringBody"]')).toHaveValue('UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương');
  await fillBookForm(page, { yearTo: 1997, surveyedCount: 0, notes: 'Bìa sổ rách góc' });
  await page.getByTestId('book-save').click();
  await expect(page.getByTestId('status')).toContainText('02/1996');
  await expect(row).toContainText('1996–1997');
  const counts = row.getByTestId('book-counts');
  await expect(counts).toHaveAttribute('data-surveyed', '0');
  await expect(counts).toHaveAttribute('data-keyed', '0');
  await expect(counts).toHaveAttribute('data-damaged', '0');
  // The lead manages books but does not key entries.
  await expect(page.getByTestId('book-key-02/1996')).toHaveCount(0);

  await page.getByTestId('book-entries-02/1996').click();
  await expect(page.getByTestId('search-no-results')).toBeVisible();
  await page.getByTestId('book-entries-back').click();
  await expect(row).toBeVisible();

  await logout(page);
  await login(page, clerk.username, clerk.password);
  await page.getByTestId('nav-books').click();
  await expect(page.getByTestId('book-row-02/1996')).toBeVisible();
  await expect(page.getByTestId('book-new')).toHaveCount(0);
  await expect(page.getByTestId('book-edit-02/1996')).toHaveCount(0);
  await expect(page.getByTestId('book-key-02/1996')).toBeVisible();
  await page.getByTestId('book-key-02/1996').click();
  await expect(page.getByTestId('screen-entry')).toBeVisible();
});

test('the search screen starts with a hint and says when nothing matches', async ({ sohoa }) => {
  const { page } = sohoa;
  await setupCommune(page, lead);
  await page.getByTestId('nav-search').click();
  await expect(page.getByTestId('search-hint')).toBeVisible();
  await expect(page.locator('input[name="q"]')).toBeFocused();

  await page.locator('input[name="q"]').fill('nguyen van an 1990');
  await expect(page.getByTestId('search-no-results')).toBeVisible();
  await expect(page.getByTestId('entry-results')).toHaveCount(0);

  await page.getByTestId('search-clear').click();
  await expect(page.getByTestId('search-hint')).toBeVisible();
  await page.locator('select[name="filterStatus"]').selectOption('keyed');
  await expect(page.getByTestId('search-no-results')).toBeVisible();
});
