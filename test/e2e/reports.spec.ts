/**
 * The weekly report end to end through the web host: a clerk keys three entries, the justice
 * officer returns one and approves two, the report shows the counts per book and per person
 * (time and speed from the keystrokes the form measured; error rates "no data yet" as nothing
 * was verified), the lead raises the unit price in Settings and sees
 * the cost follow, then exports the report and the test reads the printed workbook back.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWorkbook } from '../../shared/xlsx';
import { expect, test } from './fixtures/harness';
import { createBook, createUser, login, logout, openBookForKeying, setupCommune } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ReportsPage } from './pages/reports-page';
import { ReviewPage } from './pages/review-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };

const lead = { username: 'totruong', displayName: 'Nguyễn Thị Tổ Trưởng', password: 'Lạc-Long-2025-an-toàn' };
const clerk = { username: 'nhaplieu1', displayName: 'Trần Văn Nhập', password: 'Nhap-lieu-so-1-kho-doan' };
const officer = { username: 'tuphap', displayName: 'Lê Thị Tư Pháp', password: 'Tu-phap-ho-tich-kho-doan' };

const entries = fixtures.KS.slice(0, 3);

test('the report counts keyed, returned and approved entries per book and per person, prices them and exports a printable workbook', async ({ sohoa }) => {
  test.setTimeout(240_000);
  const [first] = entries;
  if (!first || entries.length < 3) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  await createUser(page, { ...officer, roles: ['justice'] });
  await createBook(page, { type: 'KS', quyenSo: first.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: first.noiDangKy, paperSize: 'A4', pageCount: 200, surveyedCount: 120 });
  await logout(page);

  await login(page, clerk.username, clerk.password);
  await expect(page.getByTestId('nav-reports')).toHaveCount(0);
  const entry = new EntryPage(page);
  await openBookForKeying(page, first.quyenSo);
  for (const values of entries) {
    await entry.ready();
    await entry.keyEntry(values);
    await entry.saveAndNext(values.so);
  }
  await logout(page);

  const review = new ReviewPage(page);
  await login(page, officer.username, officer.password);
  await review.openBook(first.quyenSo);
  await review.openFirstEntry();
  await review.returnWith('Sai ngày đăng ký', 'ngayDangKy');
  // After each decision the next entry waiting opens by itself.
  for (const values of entries.slice(1)) {
    await expect(review.entry.locator('[data-field="so"]')).toContainText(values.so);
    await page.keyboard.press('a');
    await expect(review.status).toHaveText(`Đã duyệt bản ghi số ${values.so}.`);
  }
  await expect(page.getByTestId('review-queue-empty')).toBeVisible();

  const reports = new ReportsPage(page);
  await reports.open();
  await expect(reports.tile('keyed')).toContainText('3');
  await expect(reports.tile('cost')).toContainText('9.000 ₫');
  // Type, book, surveyed, keyed, damaged, verified, approved, returned, exported, done to date.
  expect(await reports.row('report-books', first.quyenSo)).toEqual(['KS', first.quyenSo, '120', '3', '0', '0', '2', '1', '0', '3 (2,5%)']);
  const person = await reports.row('report-people', clerk.displayName);
  expect(person.slice(0, 3)).toEqual([clerk.displayName, '3', '0']);
  // Hours, entries/hour and keystrokes/hour are figures (the clerk typed every entry), errors per 1,000 keystrokes have no data yet.
  for (const cell of person.slice(3, 6)) expect(cell).toMatch(/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/);
  expect(Number(person[5]?.replaceAll('.', ''))).toBeGreaterThan(0);
  expect(person.slice(6)).toEqual(['1', '33,3', 'chưa có dữ liệu', 'chưa có dữ liệu']);
  await expect(page.getByTestId('report-chart-progress')).toContainText('3/120 bản ghi (2,5%)');
  await expect(page.getByTestId('report-chart-progress').locator('svg[role="img"]')).toHaveAccessibleName(/Tiến độ so với khảo sát/);
  await logout(page);

  await login(page, lead.username, lead.password);
  await reports.setUnitPrice('4.500');
  await reports.open();
  await expect(reports.tile('cost')).toContainText('13.500 ₫');
  await expect(reports.tile('cost')).toContainText('3 bản ghi × 4.500 ₫');

  // The period picker: last week holds nothing, this week again with the keyboard.
  await page.getByRole('button', { name: 'Tuần trước' }).click();
  await expect(reports.tile('keyed')).toContainText('0');
  await page.getByRole('button', { name: 'Tuần này' }).press('Enter');
  await expect(reports.tile('keyed')).toContainText('3');

  const folder = join(sohoa.dirs.root, 'bao-cao');
  expect(await reports.exportTo(folder)).toMatch(/^Đã lưu BaoCaoTuan_.*\.xlsx vào /);
  const [name] = await readdir(folder);
  if (!name) throw new Error('no report file written');
  const read = await readWorkbook(new Uint8Array(await readFile(join(folder, name))));
  if (!read.ok) throw new Error(read.error.message);
  const sheets = new Map(read.value.sheets.map((s) => [s.name, s.rows]));
  expect(sheets.get('Tổng hợp')?.[0]).toEqual(['BÁO CÁO TIẾN ĐỘ SỐ HÓA SỔ HỘ TỊCH']);
  expect(sheets.get('Tổng hợp')).toContainEqual(['Kinh phí ước tính', '13.500 ₫ (3 bản ghi × 4.500 ₫)']);
  expect(sheets.get('Theo sổ')).toContainEqual(['KS', first.quyenSo, '120', '3', '0', '0', '2', '1', '0', '3 (2,5%)']);
  const printed = sheets.get('Theo người nhập')?.find((row) => row[0] === clerk.displayName);
  expect(printed?.slice(0, 2)).toEqual([clerk.displayName, '3']);
  expect(printed?.slice(-2)).toEqual(['chưa có dữ liệu', 'chưa có dữ liệu']);
});
