/**
 * The entry screen end to end through the web host: a clerk keys register entries with the
 * keyboard only, the next entry carries the book constants and the next number, quick typing
 * and NFD input are stored canonically, drafts survive leaving the screen, a saved entry is
 * reopened and edited, and a damaged entry is recorded. Books are registered by the lead
 * through the books screen's page model.
 */
import { expect, test } from './fixtures/harness';
import { createBook, createUser, login, logout, openBookForKeying, setupCommune } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { lead, clerk, setUpTeamWithBook } from './pages/team';


const ks = fixtures.KS[0];
const kt = fixtures.KT[0];
const WORDS_27_10_2008 = 'Ngày hai mươi bảy tháng mười năm hai nghìn không trăm lẻ tám';

test('a clerk keys, carries forward, edits, keeps drafts and records damage with the keyboard', async ({ sohoa }) => {
  test.setTimeout(180_000);
  if (!ks || !kt) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  const book = { paperSize: 'A4', pageCount: 200, surveyedCount: 120 } as const;
  await createBook(page, { ...book, type: 'KS', quyenSo: ks.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy });
  await createBook(page, { ...book, type: 'KT', quyenSo: kt.quyenSo, yearFrom: 2009, yearTo: 2009, registeringBody: kt.noiDangKy });
  await logout(page);
  await login(page, clerk.username, clerk.password);

  const entry = new EntryPage(page);
  await openBookForKeying(page, ks.quyenSo);
  await entry.ready();
  // First entry of the book: book number and registering body come from the book record.
  await expect(entry.field('so')).toBeFocused();
  await expect(entry.field('quyenSo')).toHaveValue(ks.quyenSo);
  await expect(entry.field('noiDangKy')).toHaveValue(ks.noiDangKy);
  await expect(page.getByTestId('scan-panel')).toBeVisible();

  await entry.keyEntry(ks);
  await expect(page.getByTestId('entry-save-next')).toBeFocused();
  await entry.saveAndNext(ks.so);

  // The next entry carries the book constants and suggests the next number.
  await expect(entry.field('so')).toBeFocused();
  await expect(entry.field('so')).toHaveValue('02/2008');
  for (const key of ['quyenSo', 'trangSo', 'noiDangKy', 'nguoiKy', 'chucVuNguoiKy', 'nguoiThucHien'] as const) {
    await expect(entry.field(key)).toHaveValue(ks[key]);
  }
  await expect(entry.field('nksHoTen')).toHaveValue('');
  await expect(entry.field('ngayDangKy')).toHaveValue('');
  await expect(entry.stats).toContainText('Đã nhập 1');

  // Reopen the saved entry from the session list and correct one field.
  await page.getByTestId('entry-recent-item').first().focus();
  await expect(page.getByTestId('entry-recent-item').first()).toHaveText(`${ks.so} — ${ks.nksHoTen}`);
  await page.keyboard.press('Enter');
  await expect(entry.state).toHaveText('Đang sửa mục đã lưu');
  await expect(entry.field('nksHoTen')).toHaveValue(ks.nksHoTen);
  await expect(entry.field('nksGioiTinh')).toHaveValue('2 – Nữ');
  await expect(entry.field('nksNgaySinhBangChu')).toHaveValue('Ngày hai mươi chín tháng mười một năm hai nghìn không trăm lẻ bảy');
  await entry.field('ghiChu').focus();
  await page.keyboard.type('Sổ ghi thêm ở lề');
  await page.keyboard.press('Control+S');
  await expect(entry.status).toHaveText(`Đã lưu số ${ks.so}.`);
  await expect(entry.field('ghiChu')).toHaveValue('Sổ ghi thêm ở lề');
  await page.keyboard.press('Control+Enter');
  await expect(entry.field('so')).toHaveValue('02/2008');
  await expect(entry.field('ghiChu')).toHaveValue('');
  await expect(entry.stats).toContainText('Đã nhập 1');

  // Second entry: accept the number, jump to the child's section, quick typing on commit.
  await expect(entry.field('so')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry.field('quyenSo')).toBeFocused();
  await page.keyboard.press('Control+KeyG');
  await page.keyboard.press('Digit2');
  await expect(entry.field('nksSoDinhDanh')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('nguyễn văn bình'.normalize('NFD'));
  await page.keyboard.press('Enter');
  await expect(entry.field('nksHoTen')).toHaveValue('NGUYỄN VĂN BÌNH');
  // "n" could be Nam or Nữ: the list opens, the arrow picks Nữ, Enter takes it and stays.
  await page.keyboard.type('n');
  const sexList = page.getByRole('listbox', { name: /Giới tính/ });
  await expect(sexList.getByRole('option')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(entry.field('nksGioiTinh')).toHaveValue('2 – Nữ');
  await expect(entry.field('nksGioiTinh')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('27102008');
  await page.keyboard.press('Enter');
  await expect(entry.field('nksNgaySinh')).toHaveValue('27.10.2008');
  await expect(entry.field('nksNgaySinhBangChu')).toHaveValue(WORDS_27_10_2008);
  await expect(entry.field('nksNgaySinhBangChu')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect(entry.field('nksDanToc')).toBeFocused();
  // An old name: Mèo suggests Mông.
  await page.keyboard.type('Mèo');
  await expect(page.getByRole('option', { name: 'Mông (Mèo)' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(entry.field('nksDanToc')).toHaveValue('Mông');
  await page.keyboard.press('Enter');
  await expect(entry.field('nksQuocTich')).toBeFocused();
  await page.keyboard.press('F4');
  await expect(entry.field('nksQuocTich')).toHaveAttribute('data-not-in-book', 'true');
  await expect(entry.field('nksQuocTich')).toHaveAttribute('placeholder', 'Không có trong sổ');

  // Incomplete: the keyed save is refused with the summary focused; the draft is kept.
  await page.keyboard.press('Control+Enter');
  await expect(entry.error).toContainText('Chưa lưu');
  await expect(entry.issues).toBeFocused();
  await expect(entry.issues).toContainText('Ngày đăng ký: ');
  await expect(entry.issues).not.toContainText('đã có trong sổ này');
  // The number of the entry saved first is taken in this book; the draft's own number is not.
  const renumber = async (so: string) => {
    await entry.field('so').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(so);
    await page.keyboard.press('Control+Enter');
  };
  await renumber(ks.so);
  await expect(entry.issues).toContainText(`Số đăng ký: số ${ks.so} đã có trong sổ này`);
  await renumber('02/2008');
  await expect(entry.issues).toBeFocused();
  await expect(entry.issues).not.toContainText('đã có trong sổ này');
  await entry.issues.getByRole('button', { name: /Ngày đăng ký/ }).first().press('Enter');
  await expect(entry.field('ngayDangKy')).toBeFocused();
  await page.keyboard.press('Control+S');
  await expect(entry.status).toHaveText('Đã lưu nháp.');

  // Leaving and coming back offers the draft, stored NFC, in capitals, with the date expanded.
  await openBookForKeying(page, ks.quyenSo);
  await expect(page.getByTestId('entry-resume')).toContainText('02/2008 — NGUYỄN VĂN BÌNH');
  await expect(page.getByTestId('entry-resume-yes')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry.state).toHaveText('Bản nháp (tự lưu)');
  const name = await entry.field('nksHoTen').inputValue();
  expect(name).toBe('NGUYỄN VĂN BÌNH'.normalize('NFC'));
  expect(name).toBe(name.normalize('NFC'));
  await expect(entry.field('nksNgaySinh')).toHaveValue('27.10.2008');
  await expect(entry.field('nksDanToc')).toHaveValue('Mông');
  await expect(entry.field('nksQuocTich')).toHaveAttribute('data-not-in-book', 'true');

  // The page of this entry is torn: Ctrl+D records it as damaged instead.
  await page.keyboard.press('Control+D');
  const dialog = page.getByTestId('entry-damage-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('select[name="reason"]')).toBeFocused();
  await dialog.locator('select[name="reason"]').selectOption('faded');
  await page.keyboard.press('Tab');
  await expect(dialog.locator('input[name="page"]')).toHaveValue('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Mực nhòe cả trang');
  await page.keyboard.press('Enter');
  await expect(entry.status).toHaveText('Đã ghi nhận mục hư hỏng ở trang 1.');
  await expect(dialog).toHaveCount(0);
  await expect(entry.stats).toContainText('Hư hỏng 1');
  await expect(entry.stats).toContainText('Nháp 0');
  await expect(entry.field('so')).toBeFocused();
  await expect(entry.field('nksHoTen')).toHaveValue('');

  // A death register, keyboard only, with its own carry-forward.
  await openBookForKeying(page, kt.quyenSo);
  await entry.ready();
  await expect(entry.field('so')).toBeFocused();
  await entry.keyEntry(kt);
  await entry.saveAndNext(kt.so);
  await expect(entry.field('so')).toHaveValue('02/2009');
  await expect(entry.field('nguoiKy')).toHaveValue(kt.nguoiKy);
  await expect(entry.field('noiDangKy')).toHaveValue(kt.noiDangKy);
  await expect(entry.field('nktHoTen')).toHaveValue('');
  await expect(entry.stats).toContainText('Đã nhập 1');
});

test('the shortcut help opens with F1 and closes with Esc', async ({ sohoa }) => {
  if (!ks) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  await createBook(page, { type: 'KS', quyenSo: ks.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy, paperSize: 'A4', pageCount: 10, surveyedCount: 0 });
  await logout(page);
  await login(page, clerk.username, clerk.password);

  // Without a book the entry screen lists the books; Enter opens the focused one.
  await page.getByTestId('nav-entry').click();
  await expect(page.getByTestId(`entry-book-KS-${ks.quyenSo}`)).toBeFocused();
  await page.keyboard.press('Enter');
  const entry = new EntryPage(page);
  await entry.ready();
  await expect(entry.field('so')).toBeFocused();
  await page.keyboard.press('F1');
  await expect(page.getByTestId('entry-help')).toBeVisible();
  await expect(page.getByTestId('entry-help')).toContainText('Ctrl+Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entry-help')).toHaveCount(0);
  await expect(entry.field('so')).toBeFocused();
  // Alt+Shift+digit jumps to a section and does not switch the area.
  await page.keyboard.press('Alt+Shift+Digit4');
  await expect(entry.field('meSoDinhDanhCaNhan')).toBeFocused();
});

test('edits typed into a keyed entry survive a closed window and come back to be saved', async ({ sohoa }) => {
  test.setTimeout(120_000);
  if (!ks) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setUpTeamWithBook(page, { type: 'KS', quyenSo: ks.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy, paperSize: 'A4', pageCount: 10, surveyedCount: 5 });
  await login(page, clerk.username, clerk.password);
  await openBookForKeying(page, ks.quyenSo);
  const entry = new EntryPage(page);
  await entry.ready();
  await entry.keyEntry(ks);
  await entry.saveAndNext(ks.so);

  await page.getByTestId('entry-recent-item').first().focus();
  await page.keyboard.press('Enter');
  await expect(entry.state).toHaveText('Đang sửa mục đã lưu');
  await entry.field('ghiChu').focus();
  await page.keyboard.type('Ghi chú chưa kịp lưu');
  await page.keyboard.press('Enter');
  // The held edit is written a moment after the field is left; then the window goes away unsaved.
  await page.waitForTimeout(1_500);
  await page.reload();
  await login(page, clerk.username, clerk.password);

  await page.getByTestId('nav-search').click();
  await page.locator('input[name="so"]').fill(ks.so);
  await page.getByTestId(`entry-row-${ks.so}`).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-held')).toContainText(`${ks.so} — ${ks.nksHoTen}`);
  await expect(entry.field('ghiChu')).toHaveValue(ks.ghiChu ?? '');
  await expect(page.getByTestId('entry-resume-yes')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry.field('ghiChu')).toHaveValue('Ghi chú chưa kịp lưu');
  await page.keyboard.press('Control+S');
  await expect(entry.status).toHaveText(`Đã lưu số ${ks.so}.`);
  await expect(entry.field('ghiChu')).toHaveValue('Ghi chú chưa kịp lưu');

  // Saved: nothing is held any more, so reopening offers nothing.
  await page.keyboard.press('Control+Enter');
  await expect(entry.field('so')).toHaveValue('02/2008');
  await page.getByTestId('entry-recent-item').first().focus();
  await page.keyboard.press('Enter');
  await expect(entry.field('ghiChu')).toHaveValue('Ghi chú chưa kịp lưu');
  await expect(page.getByTestId('entry-held')).toHaveCount(0);
});
