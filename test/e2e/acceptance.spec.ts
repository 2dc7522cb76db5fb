/**
 * Book acceptance (nghiệm thu) end to end: a clerk keys two entries and records a damaged one,
 * the justice officer approves one, finishes keying, and the check shows the counts and blocks
 * on the entry still unapproved; once it is approved the officer signs the book off with a note
 * explaining the shortfall and the missing page scans. Keying into the accepted book is refused
 * with a clear message; the book is re-opened only with a reason, which the lead finds in the
 * audit log.
 */
import { expect, test } from './fixtures/harness';
import { AcceptancePage } from './pages/acceptance-page';
import { login, logout, openBookForKeying } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ReviewPage } from './pages/review-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { lead, clerk, officer, setUpTeamWithBook } from './pages/team';

const NOTE = 'Thiếu 1 mục: trang 9 mất từ trước khi khảo sát; ảnh quét sẽ bổ sung sau';
const REASON = 'Bổ sung mục số 04/2008 tìm thấy sau';

const [first, second] = fixtures.KS;

test('the officer accepts a keyed book after the check, keying is then refused, and re-opening needs a logged reason', async ({ sohoa }) => {
  test.setTimeout(240_000);
  if (!first || !second) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setUpTeamWithBook(page, { type: 'KS', quyenSo: first.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: first.noiDangKy, paperSize: 'A4', pageCount: 20, surveyedCount: 4 });

  // The clerk keys two entries and records the third as damaged; a clerk has no lifecycle buttons.
  await login(page, clerk.username, clerk.password);
  const entry = new EntryPage(page);
  await openBookForKeying(page, first.quyenSo);
  await entry.ready();
  await entry.keyEntry(first);
  await entry.saveAndNext(first.so);
  await entry.keyEntry({ ...second, so: '' });
  await entry.saveAndNext(second.so);
  await page.keyboard.press('Control+D');
  const damage = page.getByTestId('entry-damage-dialog');
  await expect(damage.locator('select[name="reason"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(damage).toHaveCount(0);
  await expect(entry.stats).toContainText('Hư hỏng 1');
  await page.getByTestId('nav-books').click();
  await expect(page.getByTestId(`book-finish-${first.quyenSo}`)).toHaveCount(0);
  await logout(page);

  // The officer approves the first entry only, then finishes keying.
  await login(page, officer.username, officer.password);
  const review = new ReviewPage(page);
  await review.openBook(first.quyenSo);
  await review.openFirstEntry();
  await page.keyboard.press('a');
  await expect(review.status).toHaveText(`Đã duyệt bản ghi số ${first.so}.`);
  const acceptance = new AcceptancePage(page);
  await acceptance.finishKeying(first.quyenSo);
  await expect(page.getByTestId(`book-accept-${first.quyenSo}`)).toBeFocused();

  // The check: 2 keyed + 1 damaged against 4 surveyed, one entry unapproved, which blocks.
  await acceptance.open(first.quyenSo);
  await expect(acceptance.line('count')).toHaveAttribute('data-level', 'explain');
  await expect(acceptance.line('count')).toContainText('Khảo sát 4; đã nhập 2 và hư hỏng 1, cộng 3.');
  await expect(acceptance.line('count')).toContainText('Thiếu 1 bản ghi');
  await expect(acceptance.line('unsettled')).toHaveAttribute('data-level', 'block');
  await expect(acceptance.line('unsettled')).toContainText(`Số ${second.so} — Đã nhập`);
  await expect(acceptance.line('invalid')).toHaveAttribute('data-level', 'ok');
  // No page was scanned for this book: both keyed entries lack a page link, which needs explaining.
  await expect(acceptance.line('unlinked')).toHaveAttribute('data-level', 'explain');
  await expect(acceptance.line('unlinked')).toContainText('2 bản ghi chưa gắn trang ảnh quét');
  await expect(acceptance.verdict).toHaveText('Chưa nghiệm thu được: còn mục "Chưa đạt".');
  await expect(acceptance.sign).toBeDisabled();

  // Approve the other entry; the check now asks only for explanations (shortfall, page links).
  await review.openBook(first.quyenSo);
  await review.openFirstEntry();
  await page.keyboard.press('a');
  await expect(review.status).toHaveText(`Đã duyệt bản ghi số ${second.so}.`);
  await acceptance.open(first.quyenSo);
  await expect(acceptance.line('unsettled')).toHaveAttribute('data-level', 'ok');
  await expect(acceptance.verdict).toHaveText('Có thể nghiệm thu khi ghi giải trình cho các mục "Cần giải trình".');
  // Esc closes the dialog; without a note Enter does nothing.
  await acceptance.sign.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('acceptance-dialog');
  await expect(dialog.locator('input[name="note"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await acceptance.signOff(NOTE);
  await expect(page.getByTestId('status')).toHaveText(`Đã nghiệm thu sổ ${first.quyenSo}. Sổ đã khóa.`);
  const row = page.getByTestId(`book-row-${first.quyenSo}`);
  await expect(row.getByTestId('book-status')).toHaveAttribute('data-status', 'accepted');
  await expect(row.getByTestId('book-locked')).toHaveText('Đã khóa');
  await expect(row).toContainText(`Nghiệm thu: ${officer.displayName}`);
  await expect(row.getByTestId(`book-edit-${first.quyenSo}`)).toHaveCount(0);
  await logout(page);

  // The clerk cannot key into the accepted book.
  await login(page, clerk.username, clerk.password);
  await openBookForKeying(page, first.quyenSo);
  await expect(page.getByTestId('entry-locked')).toContainText(`Sổ ${first.quyenSo} đã nghiệm thu nên đã khóa`);
  await expect(entry.form).toHaveCount(0);
  await logout(page);

  // Re-opening needs a reason.
  await login(page, officer.username, officer.password);
  await acceptance.press(`book-reopen-${first.quyenSo}`);
  const reopen = page.getByTestId('book-reopen-dialog');
  await expect(reopen.locator('input[name="note"]')).toBeFocused();
  await expect(page.getByTestId('book-reopen-dialog-save')).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(reopen).toBeVisible();
  await page.keyboard.type(REASON);
  await page.keyboard.press('Enter');
  await expect(reopen).toBeHidden();
  await expect(page.getByTestId('status')).toHaveText(`Đã mở lại sổ ${first.quyenSo} để nhập, sửa tiếp.`);
  await expect(row.getByTestId('book-status')).toHaveAttribute('data-status', 'keying');
  await expect(row.getByTestId('book-locked')).toHaveCount(0);
  await logout(page);

  // The lead reads the acceptance note and the re-opening reason in the audit log.
  await login(page, lead.username, lead.password);
  await page.getByTestId('nav-audit').click();
  const log = page.getByTestId('audit-table');
  await expect(log).toContainText(REASON);
  await expect(log).toContainText(NOTE);
});
