/**
 * Review end to end through the web host: a clerk keys an entry, the justice officer returns
 * it with a reason on one field, the clerk finds it in the returned list, sees the reason,
 * fixes it, and the officer approves it with the keyboard after reading its history. The clerk
 * has no review area at all.
 */
import { expect, test } from './fixtures/harness';
import { login, logout, openBookForKeying } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ReviewPage } from './pages/review-page';
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
