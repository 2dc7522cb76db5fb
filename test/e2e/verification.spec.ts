/**
 * Verification end to end through the web host: the lead registers a book whose every entry is
 * re-keyed (five fields); clerk A keys an entry and has nothing to verify (their own); clerk B
 * re-keys it blind: one field typed the same new way twice (keyer error), one typed wrongly then
 * back to the original (verifier error), each mismatch clearing the field with a message. The
 * entry then waits for the justice officer, and the lead's statistics and weekly report show
 * both errors, as does the entry's review. A book keyed twice independently (keyed beside its
 * scan) sends differing fields to the officer, who sees the entry's page beside them and picks
 * a keying with 1/2.
 */
import { expect, test } from './fixtures/harness';
import { tinyPdf } from './fixtures/scan-files';
import { login, logout, openBookForKeying, type BookFields } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ReportsPage } from './pages/reports-page';
import { ReviewPage } from './pages/review-page';
import { ScansPage } from './pages/scans-page';
import { VerificationPage } from './pages/verification-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { lead, officer, clerk as clerkA, secondClerk as clerkB, setUpVerificationBook } from './pages/team';

const FIELDS = ['so', 'nksHoTen', 'nksNgaySinh', 'meHoTen', 'chaHoTen'];
const MISMATCH = 'Không khớp với lần nhập trước: ô đã được xóa, hãy đọc lại sổ và nhập lại.';

const ks = fixtures.KS[0];
const book = (): BookFields => {
  if (!ks) throw new Error('standard entries missing');
  return { type: 'KS', quyenSo: ks.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy, paperSize: 'A4', pageCount: 200, surveyedCount: 120 };
};

test('a second clerk re-keys blind; keyer and verifier errors are counted; the verified entry goes to review', async ({ sohoa }) => {
  test.setTimeout(180_000);
  if (!ks) throw new Error('standard entries missing');
  const { page } = sohoa;
  await setUpVerificationBook(page, book(), { method: 'dependent', fields: FIELDS });

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
  const outcome = page.getByTestId('review-verification-line');
  await expect(outcome).toContainText(`${clerkB.displayName} nhập lại để kiểm tra lúc`);
  await expect(outcome).toContainText('người nhập sai 1 lần, người kiểm tra sai 1 lần, 2 ô có sai.');
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
  await setUpVerificationBook(page, book(), { method: 'independent', fields: ['nksHoTen', 'meHoTen'] });

  await login(page, clerkA.username, clerkA.password);
  const scans = new ScansPage(page);
  await scans.open(ks.quyenSo);
  await scans.add([{ name: 'so-01-2008.pdf', mimeType: 'application/pdf', buffer: tinyPdf(3) }], 3);
  await page.getByTestId('scans-back').click();
  const entry = new EntryPage(page);
  await openBookForKeying(page, ks.quyenSo);
  await entry.ready();
  // Keyed beside page 2: the save links it.
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('viewer-page')).toContainText('Trang 2 (2/3)');
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
  // The page the entry was keyed from, beside the differences; the viewer keys work from the choices.
  const scan = page.getByTestId('scan-panel');
  await expect(scan.getByTestId('viewer-canvas')).toHaveAttribute('data-page', '2');
  await expect(scan.getByTestId('viewer-link')).toHaveAttribute('data-page', '2');
  await page.keyboard.press('Alt+PageDown');
  await expect(scan.getByTestId('viewer-canvas')).toHaveAttribute('data-page', '3');
  await expect(form.locator('input[type="radio"]').first()).toBeFocused();
  await page.keyboard.press('1');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('arbitration-none')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText(`Đã quyết định và duyệt bản ghi số ${ks.so}.`);
});
