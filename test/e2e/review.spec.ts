/**
 * Review end to end through the web host: a clerk keys an entry, the justice officer returns
 * it with a reason on one field, the clerk finds it in the returned list, sees the reason,
 * fixes it, and the officer approves it with the keyboard after reading its history. The clerk
 * has no review area at all. With a scanned book, the officer reviews page by page: the page
 * beside its entries, all approved with A after a confirmation, then the next page.
 */
import { expect, test } from './fixtures/harness';
import { tinyPdf } from './fixtures/scan-files';
import { login, logout, openBookForKeying } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ReviewPage } from './pages/review-page';
import { ScansPage } from './pages/scans-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { clerk, officer, setUpTeamWithBook } from './pages/team';

const REASON = 'Tên mẹ trong sổ là NGUYỄN THỊ XUÂN LAN';
const FIXED = 'NGUYỄN THỊ XUÂN LAN';

const ks = fixtures.KS[0];

test('the officer returns an entry, the clerk fixes it, the officer approves it; a clerk cannot review', async ({ sohoa }) => {
  test.setTimeout(180_000);
  if (!ks) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setUpTeamWithBook(page, { type: 'KS', quyenSo: ks.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy, paperSize: 'A4', pageCount: 200, surveyedCount: 120 });

  await login(page, clerk.username, clerk.password);
  await expect(page.getByTestId('nav-review')).toHaveCount(0);
  const entry = new EntryPage(page);
  await openBookForKeying(page, ks.quyenSo);
  await entry.ready();
  await entry.keyEntry(ks);
  await entry.saveAndNext(ks.so);
  await logout(page);

  const review = new ReviewPage(page);
  await login(page, officer.username, officer.password);
  await review.openBook(ks.quyenSo);
  await expect(page.getByTestId('review-queue-count')).toContainText('1 bản ghi chờ duyệt');
  await review.openFirstEntry();
  await expect(review.entry.locator('[data-field="meHoTen"]')).toContainText(ks.meHoTen);
  await review.returnWith(REASON, 'meHoTen');
  await expect(review.status).toHaveText(`Đã trả lại bản ghi số ${ks.so} cho người nhập.`);
  await expect(page.getByTestId('review-queue-empty')).toBeVisible();
  await logout(page);

  await login(page, clerk.username, clerk.password);
  await page.getByTestId('nav-entry').click();
  const returned = page.getByTestId('entry-returned-item');
  await expect(returned).toHaveCount(1);
  await expect(returned).toContainText(REASON);
  await returned.focus();
  await page.keyboard.press('Enter');
  await entry.ready();
  await expect(entry.error).toContainText(REASON);
  await entry.field('meHoTen').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(FIXED);
  await page.keyboard.press('Control+S');
  await expect(entry.status).toHaveText(`Đã lưu số ${ks.so}.`);
  await page.getByTestId('nav-entry').click();
  await expect(page.getByTestId('entry-book-picker')).toBeVisible();
  await expect(returned).toHaveCount(0);
  await logout(page);

  await login(page, officer.username, officer.password);
  await review.openBook(ks.quyenSo);
  await review.openFirstEntry();
  await expect(review.entry.locator('[data-field="meHoTen"]')).toContainText(FIXED);
  // The form autosaved a draft before the first keyed save.
  await expect(review.history).toHaveCount(4);
  expect(await review.history.evaluateAll((items) => items.map((i) => i.getAttribute('data-action')))).toEqual(['entry.drafted', 'entry.created', 'entry.returned', 'entry.updated']);
  await expect(review.history.nth(2)).toContainText(REASON);
  await expect(review.history.nth(3)).toContainText(`«${ks.meHoTen}» → «${FIXED}»`);
  await page.keyboard.press('a');
  await expect(review.status).toHaveText(`Đã duyệt bản ghi số ${ks.so}.`);
  await expect(page.getByTestId('review-queue-empty')).toBeVisible();
});

test('the officer approves the entries of a scanned page together, page after page; a clerk cannot review', async ({ sohoa }) => {
  test.setTimeout(180_000);
  const [first, second, third] = fixtures.KS;
  if (!first || !second || !third) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setUpTeamWithBook(page, { type: 'KS', quyenSo: first.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: first.noiDangKy, paperSize: 'A4', pageCount: 200, surveyedCount: 120 });

  await login(page, clerk.username, clerk.password);
  await expect(page.getByTestId('nav-review')).toHaveCount(0);
  const scans = new ScansPage(page);
  await scans.open(first.quyenSo);
  await scans.add([{ name: 'so-01-2008.pdf', mimeType: 'application/pdf', buffer: tinyPdf(2) }], 2);
  await page.getByTestId('scans-back').click();
  // Two entries keyed beside page 1, the third beside page 2: each save links the page shown.
  const entry = new EntryPage(page);
  await openBookForKeying(page, first.quyenSo);
  await entry.ready();
  const viewerPage = page.getByTestId('viewer-page');
  await expect(viewerPage).toContainText('Trang 1 (1/2)');
  await entry.keyEntry(first);
  await entry.saveAndNext(first.so);
  await entry.keyEntry(second);
  await entry.saveAndNext(second.so);
  await page.keyboard.press('Alt+PageDown');
  await expect(viewerPage).toContainText('Trang 2 (2/2)');
  await entry.keyEntry(third);
  await entry.saveAndNext(third.so);
  await logout(page);

  const review = new ReviewPage(page);
  await login(page, officer.username, officer.password);
  await review.openBook(first.quyenSo);
  await expect(page.getByTestId('review-queue-count')).toContainText('3 bản ghi chờ duyệt: 3 gắn với 2 trang ảnh, 0 chưa gắn trang ảnh');
  await review.openPage(1);
  const shown = page.getByTestId('review-page');
  await expect(shown.getByTestId('viewer-canvas')).toHaveAttribute('data-page', '1');
  await expect(review.pageEntries).toHaveCount(2);
  await expect(review.pageEntries.nth(0)).toContainText(first.so);
  await expect(review.pageEntries.nth(0)).toContainText(first.nksHoTen);
  await expect(review.pageEntries.nth(1)).toContainText(second.so);
  await expect(review.pageEntries.filter({ hasText: 'không có vấn đề' })).toHaveCount(2);

  await page.keyboard.press('a');
  const confirm = page.getByTestId('review-page-confirm');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('Duyệt trang 1?');
  await expect(confirm).toContainText(`Duyệt cùng lúc 2 bản ghi của trang 1 (số ${first.so}, ${second.so})`);
  await page.keyboard.press('Enter');
  await expect(review.status).toHaveText('Đã duyệt 2 bản ghi của trang 1.');
  // On to the next page with entries waiting.
  await expect(shown).toHaveAttribute('data-page', '2');
  await expect(shown.getByTestId('viewer-canvas')).toHaveAttribute('data-page', '2');
  await expect(review.pageEntries).toHaveCount(1);
  // One entry opened from the page: its page beside it, nothing verified; Esc goes back to the page.
  await expect(review.pageEntries.getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(review.entry).toBeVisible();
  await expect(review.entry.getByTestId('viewer-link')).toHaveAttribute('data-page', '2');
  await expect(review.entry.getByTestId('review-verification')).toContainText('Bản ghi này không được kiểm tra nhập lại.');
  await page.keyboard.press('Escape');
  await expect(shown).toHaveAttribute('data-page', '2');
  await expect(review.pageEntries.getByRole('button')).toBeFocused();
  await page.keyboard.press('a');
  await expect(confirm).toContainText(`Duyệt cùng lúc 1 bản ghi của trang 2 (số ${third.so})`);
  await page.keyboard.press('Enter');
  await expect(review.status).toHaveText('Đã duyệt 1 bản ghi của trang 2.');
  await expect(page.getByTestId('review-queue-empty')).toBeVisible();
});
