/**
 * Verification end to end through the web host: the lead registers a book whose every entry is
 * re-keyed (five fields); clerk A keys an entry and has nothing to verify (their own); clerk B
 * re-keys it blind: one field typed the same new way twice (keyer error), one typed wrongly then
 * back to the original (verifier error), each mismatch clearing the field with a message. The
 * entry then waits for the justice officer, and the lead's statistics and weekly report show
 * both errors. A book keyed twice independently sends differing fields to the officer, who
 * picks a keying with 1/2.
 */
import { expect, test } from './fixtures/harness';
import { createUser, fillBookForm, login, logout, openBookForKeying, setupCommune } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ReportsPage } from './pages/reports-page';
import { ReviewPage } from './pages/review-page';
import { VerificationPage } from './pages/verification-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { lead, officer, clerk as clerkA, secondClerk as clerkB } from './pages/team';

const FIELDS = ['so', 'nksHoTen', 'nksNgaySinh', 'meHoTen', 'chaHoTen'];
const MISMATCH = 'Không khớp với lần nhập trước: ô đã được xóa, hãy đọc lại sổ và nhập lại.';

const ks = fixtures.KS[0];

test('a second clerk re-keys blind; keyer and verifier errors are counted; the verified entry goes to review', async ({ sohoa }) => {
  test.setTimeout(180_000);
  if (!ks) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerkA, roles: ['clerk'] });
  await createUser(page, { ...clerkB, roles: ['clerk'] });
  await createUser(page, { ...officer, roles: ['justice'] });
  await page.getByTestId('nav-books').click();
  await page.getByTestId('book-new').click();
  await fillBookForm(page, { type: 'KS', quyenSo: ks.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy, paperSize: 'A4', pageCount: 200, surveyedCount: 120 });
  const policy = page.getByTestId('verification-policy');
  await policy.getByLabel('Bản ghi cần kiểm tra').selectOption('all');
  await policy.getByLabel('Các ô cần nhập lại').selectOption(FIELDS);
  await page.getByTestId('book-save').click();
  await expect(page.getByTestId(`book-row-${ks.quyenSo}`)).toBeVisible();
  await logout(page);

  await login(page, clerkA.username, clerkA.password);
  const entry = new EntryPage(page);
  await openBookForKeying(page, ks.quyenSo);
  await entry.ready();
  await entry.keyEntry(ks);
  await entry.saveAndNext(ks.so);
  const verification = new VerificationPage(page);
  await verification.openBook(ks.quyenSo);
  // Nobody verifies their own entry.
  await expect(verification.none).toBeVisible();
  await logout(page);

  await login(page, clerkB.username, clerkB.password);
  await verification.openBook(ks.quyenSo);
  await expect(verification.form.locator('input[name]')).toHaveCount(FIELDS.length);
  // Blind: nothing of the first keying is shown.
  for (const key of FIELDS) await expect(verification.field(key)).toHaveValue('');
  await verification.rekey('so', ks.so);
  await verification.rekey('nksHoTen', 'NGUYỄN MỸ HOÀ');
  await expect(verification.field('nksHoTen')).toHaveValue('');
  await expect(verification.form).toContainText(MISMATCH);
  await verification.rekey('nksHoTen', 'NGUYỄN MỸ HOÀ');
  await verification.rekey('nksNgaySinh', ks.nksNgaySinh);
  await verification.rekey('meHoTen', 'NGUYỄN THỊ XUÂNG');
  await expect(verification.field('meHoTen')).toHaveValue('');
  await verification.rekey('meHoTen', ks.meHoTen);
  await expect(verification.form).not.toContainText(MISMATCH);
  // Enter on the last field saves the verification.
  await verification.rekey('chaHoTen', ks.chaHoTen);
  await expect(verification.status).toHaveText('Đã lưu kiểm tra: 1 lỗi người nhập, 1 lỗi người kiểm tra.');
  await expect(verification.none).toBeVisible();
  await logout(page);

  await login(page, officer.username, officer.password);
  const review = new ReviewPage(page);
  await review.openBook(ks.quyenSo);
  await expect(page.getByTestId('review-queue-count')).toContainText('1 bản ghi chờ duyệt');
  await review.openFirstEntry();
  await expect(review.entry.locator('[data-field="nksHoTen"]')).toContainText('NGUYỄN MỸ HOÀ');
  await logout(page);

  await login(page, lead.username, lead.password);
  await page.getByTestId('nav-verification').click();
  await expect(verification.totals(clerkA.displayName).getByTestId('stats-keyer-errors')).toHaveText('1');
  await expect(verification.totals(clerkA.displayName).getByTestId('stats-verifier-errors')).toHaveText('0');
  await expect(verification.totals(clerkB.displayName).getByTestId('stats-keyer-errors')).toHaveText('0');
  await expect(verification.totals(clerkB.displayName).getByTestId('stats-verifier-errors')).toHaveText('1');

  // The weekly report shows the same statistics: an error rate where the work was checked, "no data yet" where not.
  const reports = new ReportsPage(page);
  await reports.open();
  const rates = async (name: string) => (await reports.row('report-people', name)).slice(-2);
  const rate = /^\d+(,\d)?$/;
  const [keyerOfA, verifierOfA] = await rates(clerkA.displayName);
  expect(keyerOfA).toMatch(rate);
  expect(Number(keyerOfA?.replace(',', '.'))).toBeGreaterThan(0);
  expect(verifierOfA).toBe('chưa có dữ liệu');
  const [keyerOfB, verifierOfB] = await rates(clerkB.displayName);
  expect(keyerOfB).toBe('chưa có dữ liệu');
  expect(verifierOfB).toMatch(rate);
  expect(Number(verifierOfB?.replace(',', '.'))).toBeGreaterThan(0);
});

test('independent double entry: a second clerk keys blind, the justice officer picks between the keyings with 1 and 2', async ({ sohoa }) => {
  test.setTimeout(180_000);
  if (!ks) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerkA, roles: ['clerk'] });
  await createUser(page, { ...clerkB, roles: ['clerk'] });
  await createUser(page, { ...officer, roles: ['justice'] });
  await page.getByTestId('nav-books').click();
  await page.getByTestId('book-new').click();
  await fillBookForm(page, { type: 'KS', quyenSo: ks.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy, paperSize: 'A4', pageCount: 200, surveyedCount: 120 });
  const policy = page.getByTestId('verification-policy');
  await policy.getByLabel('Bản ghi cần kiểm tra').selectOption('all');
  await policy.getByLabel('Cách kiểm tra').selectOption('independent');
  await policy.getByLabel('Các ô cần nhập lại').selectOption(['nksHoTen', 'meHoTen']);
  await page.getByTestId('book-save').click();
  await expect(page.getByTestId(`book-row-${ks.quyenSo}`)).toBeVisible();
  await logout(page);

  await login(page, clerkA.username, clerkA.password);
  const entry = new EntryPage(page);
  await openBookForKeying(page, ks.quyenSo);
  await entry.ready();
  await entry.keyEntry(ks);
  await entry.saveAndNext(ks.so);
  await logout(page);

  await login(page, clerkB.username, clerkB.password);
  const verification = new VerificationPage(page);
  await verification.openBook(ks.quyenSo);
  await verification.rekey('nksHoTen', ks.nksHoTen);
  // No comparison while keying a double entry: a different value is simply kept.
  await verification.rekey('meHoTen', 'NGUYỄN THỊ XUÂNG');
  await expect(verification.status).toHaveText('Đã lưu lần nhập thứ hai; chỗ khác nhau (nếu có) chờ công chức tư pháp quyết định.');
  await logout(page);

  await login(page, officer.username, officer.password);
  await page.getByTestId('nav-verification').click();
  await page.getByTestId(`arbitration-book-${ks.quyenSo}`).click();
  const form = page.getByTestId('arbitration-form');
  await expect(form.locator('fieldset')).toHaveCount(1);
  await expect(form).toContainText(`1 — Lần nhập A: ${ks.meHoTen}`);
  await expect(form).toContainText('2 — Lần nhập B: NGUYỄN THỊ XUÂNG');
  await expect(form.locator('input[type="radio"]').first()).toBeFocused();
  await page.keyboard.press('1');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('arbitration-none')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText(`Đã quyết định và duyệt bản ghi số ${ks.so}.`);
});
