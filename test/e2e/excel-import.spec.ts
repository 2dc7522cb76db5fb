/**
 * Importing a team's Excel file into a KS book through the web host, keyboard first: the
 * preview names each injected mistake by row, column and reason; valid rows are keyed and
 * problem rows become drafts; the same file again adds nothing; a file of another type or a
 * cancelled preview changes nothing; and no citizen name reaches the disk in plaintext.
 */
import { teamKsWorkbook, templateWorkbook } from '../support/team-workbook';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { expect, test } from './fixtures/harness';
import { scanForPlaintext } from './fixtures/plaintext-scan';
import { createBook, createUser, login, logout, setupCommune, type Account } from './pages/books-page';
import { ImportPage } from './pages/import-page';

const LEAD: Account = { username: 'to.truong', displayName: 'QUÁCH THỊ NGỌC HUYỀN', password: 'Sổ hộ tịch 1996!' };
const CLERK: Account = { username: 'nhap.lieu', displayName: 'KHỔNG VĂN THUẬN', password: 'Bàn phím số 42 ok' };
const BOOK = {
  type: 'KS',
  quyenSo: '01/2008',
  yearFrom: 2008,
  yearTo: 2008,
  registeringBody: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An',
  paperSize: 'A3' as const,
  pageCount: 120,
  surveyedCount: 80,
};

test('a team file is previewed with its mistakes, imported as keyed and drafts, and not imported twice', async ({ sohoa }) => {
  const { page } = sohoa;
  const entries = fixtures.KS.slice(0, 20);
  const file = await teamKsWorkbook(entries);
  await setupCommune(page, LEAD);
  await createUser(page, { ...CLERK, roles: ['clerk', 'justice'] });
  await logout(page);
  await login(page, CLERK.username, CLERK.password);
  await createBook(page, BOOK);
  const importer = new ImportPage(page);

  // A file of another register type is refused as a whole.
  await importer.open(BOOK.quyenSo);
  await importer.choose('Thanh Ngọc_TC_NA.KT.2008.01.xlsx', await templateWorkbook(fixtures.KT.slice(0, 2)));
  await expect(importer.error).toContainText('không phải sổ KS');

  // A cancelled preview changes nothing.
  await importer.choose('Thanh Ngọc_TC_NA.KS.2008.01.xlsx', file.bytes);
  await expect(importer.summary).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(importer.screen.getByTestId('status')).toContainText('Sổ không thay đổi gì');
  await expect(importer.file).toBeFocused();

  await importer.choose('Thanh Ngọc_TC_NA.KS.2008.01.xlsx', file.bytes);
  await expect(importer.summary).toHaveAttribute('data-rows', String(file.rows), { timeout: 30_000 });
  await expect(importer.summary).toHaveAttribute('data-drafts', String(file.mistakes.length));
  await expect(importer.summary).toHaveAttribute('data-errors', String(file.mistakes.length));
  for (const mistake of file.mistakes) {
    const problem = importer.problem(mistake.row, mistake.column);
    await expect(problem).toContainText(String(mistake.row));
    await expect(problem).toContainText(mistake.column);
    await expect(problem).toContainText(mistake.reason);
    await expect(problem).toContainText('Lỗi');
  }
  // In English the reasons are English too; back in Vietnamese, the keys import.
  const locale = page.getByTestId('locale-switch');
  await locale.selectOption('en');
  for (const mistake of file.mistakes) {
    const problem = importer.problem(mistake.row, mistake.column);
    await expect(problem).toContainText(mistake.reasonEn);
    await expect(problem).toContainText('Error');
    await expect(problem).not.toContainText(mistake.reason);
  }
  await locale.selectOption('vi');
  await importer.summary.focus();
  expect(await importer.importWithKeys()).toEqual({ keyed: file.rows - file.mistakes.length, drafts: file.mistakes.length, duplicates: 0 });
  await importer.finish();
  const counts = page.getByTestId(`book-row-${BOOK.quyenSo}`).getByTestId('book-counts');
  await expect(counts).toHaveAttribute('data-keyed', String(file.rows - file.mistakes.length));
  await expect(counts).toHaveAttribute('data-drafts', String(file.mistakes.length));

  // The same file again: every row is already in the book.
  await importer.open(BOOK.quyenSo);
  await importer.choose('Thanh Ngọc_TC_NA.KS.2008.01.xlsx', file.bytes);
  expect(await importer.importWithKeys()).toEqual({ keyed: 0, drafts: 0, duplicates: file.rows });
  await importer.finish();
  await expect(counts).toHaveAttribute('data-keyed', String(file.rows - file.mistakes.length));
  await expect(counts).toHaveAttribute('data-drafts', String(file.mistakes.length));

  await logout(page);
  await sohoa.restart();
  const names = [entries[0]!.nksHoTen, entries[7]!.meHoTen, entries[12]!.nksHoTen];
  expect(await scanForPlaintext([sohoa.dirs.profile, sohoa.dirs.data], names)).toEqual([]);
});
