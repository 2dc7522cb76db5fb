/**
 * Export for the Ministry end to end through the web host: a clerk adds a two-page PDF and a
 * photo (turned a quarter) to a book, keys one KS entry beside page 1 and one linked to pages 2
 * and 3 and records a
 * damaged one, the officer approves both, accepts the book and exports it into a folder typed
 * into the screen. The files are then read back in Node with the project's own reader: the
 * header is the template's, the two rows hold what was keyed in register order, the damaged
 * entry is absent, the manifest's hashes match the files; the ZIP, unzipped with fflate, holds
 * one PDF per approved entry with its pages (the photo's turned as stored); LibreOffice (where
 * installed) reads the same values. Nothing but the three files lands in the folder (no temp
 * file), and no keyed name reaches the browser profile or the host's data directory in
 * plaintext.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import templates from '../../shared/data/hotich-import-templates.json' with { type: 'json' };
import { findOffice, officeCsv } from '../fixtures/libreoffice';
import { loadProjectReader } from '../support/project-reader';
import { expect, test } from './fixtures/harness';
import { scanForPlaintext } from './fixtures/plaintext-scan';
import { markedPng, tinyPdf } from './fixtures/scan-files';
import { AcceptancePage } from './pages/acceptance-page';
import { login, logout, openBookForKeying } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ExportPage } from './pages/export-page';
import { ReviewPage } from './pages/review-page';
import { ScansPage } from './pages/scans-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };
import { clerk, officer, setUpTeamWithBook } from './pages/team';

const EXCEL = 'Thanh Ngọc_TC_NA.KS.2008.01.xlsx';
const MANIFEST = 'Thanh Ngọc_TC_NA.KS.2008.01.json';
const ZIP = 'Thanh Ngọc_TC_NA.KS.2008.01.zip';

const [first, second] = fixtures.KS;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The per-entry PDF name of DOMAIN.md §2 for a KS entry of book 01/2008. */
const pdfName = (entry: { so: string; ngayDangKy: string }) =>
  `KS.2008.01.${entry.ngayDangKy.split('.').reverse().join('-')}.${(entry.so.split('/')[0] ?? '').padStart(3, '0')}.pdf`;

test('the officer exports an accepted book: Ministry header, approved rows only, one PDF per entry, manifest hashes, nothing elsewhere', async ({ sohoa }) => {
  test.setTimeout(240_000);
  if (!first || !second) throw new Error('standard entries missing');
  const keyed = [first, second];
  const { page } = sohoa;
  const folder = await mkdtemp(join(tmpdir(), 'sohoa-export-e2e-'));
  // The reader's bundle and LibreOffice's profile: apart from the export folder, which must hold only the export.
  const work = await mkdtemp(join(tmpdir(), 'sohoa-export-work-'));
  try {
    await setUpTeamWithBook(page, { type: 'KS', quyenSo: first.quyenSo, yearFrom: 2008, yearTo: 2008, registeringBody: first.noiDangKy, paperSize: 'A4', pageCount: 20, surveyedCount: 3 });

    await login(page, clerk.username, clerk.password);
    const scans = new ScansPage(page);
    await scans.open(first.quyenSo);
    // Two additions, so the photo follows the PDF (one addition sorts files by name).
    await scans.add([{ name: 'so-01-2008.pdf', mimeType: 'application/pdf', buffer: tinyPdf(2) }], 2);
    await scans.add([{ name: 'IMG_1.png', mimeType: 'image/png', buffer: markedPng(60, 40, [30, 30, 200], 'export-photo') }], 3);
    expect(await scans.kinds()).toEqual(['pdf', 'pdf', 'image']);
    // The photo was taken sideways: End picks it, R turns it a quarter clockwise.
    await scans.grid.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('r');
    await expect.poll(() => scans.rotation(2)).toBe('90');
    await page.getByTestId('scans-back').click();

    const entry = new EntryPage(page);
    await openBookForKeying(page, first.quyenSo);
    await entry.ready();
    const viewerPage = page.getByTestId('viewer-page');
    await expect(viewerPage).toContainText('(1/3)');
    await entry.keyEntry(keyed[0]!);
    await entry.saveAndNext(first.so);
    // The second entry runs over two pages: the PDF's second page and the photo, linked with Alt+L.
    await expect(entry.field('so')).toBeFocused();
    for (let i = 0; i < 3 && !(await viewerPage.textContent())?.includes('(2/3)'); i++) await page.keyboard.press('Alt+PageDown');
    await expect(viewerPage).toContainText('(2/3)');
    await page.keyboard.press('Alt+L');
    await page.keyboard.press('Alt+PageDown');
    await expect(viewerPage).toContainText('(3/3)');
    await page.keyboard.press('Alt+L');
    await expect(page.getByTestId('viewer-link')).toHaveCount(2);
    await entry.keyEntry({ ...keyed[1]!, so: '' });
    await entry.saveAndNext(second.so);
    await page.keyboard.press('Control+D');
    const damage = page.getByTestId('entry-damage-dialog');
    await expect(damage.locator('select[name="reason"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(damage).toHaveCount(0);
    await page.getByTestId('nav-books').click();
    await expect(page.getByTestId(`book-export-${first.quyenSo}`)).toHaveCount(0);
    await logout(page);

    await login(page, officer.username, officer.password);
    // Entries linked to a scanned page are reviewed page by page: A approves the page's entries, then the next page opens.
    const review = new ReviewPage(page);
    await page.getByTestId('nav-books').click();
    await review.openBook(first.quyenSo);
    await page.locator('[data-testid="review-page-item"][data-page="1"]').focus();
    await page.keyboard.press('Enter');
    const shown = page.getByTestId('review-page');
    for (const number of [1, 2]) {
      await expect(shown).toHaveAttribute('data-page', String(number));
      await page.keyboard.press('a');
      await expect(page.getByTestId('review-page-confirm')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(review.status).toHaveText(`Đã duyệt 1 bản ghi của trang ${number}.`);
    }
    const acceptance = new AcceptancePage(page);
    await acceptance.finishKeying(first.quyenSo);
    await expect(page.getByTestId(`book-export-${first.quyenSo}`)).toHaveCount(0);
    await acceptance.open(first.quyenSo);
    await acceptance.signOff('Đủ số mục theo khảo sát');
    await expect(page.getByTestId(`book-row-${first.quyenSo}`).getByTestId('book-status')).toHaveAttribute('data-status', 'accepted');

    const exporting = new ExportPage(page);
    await exporting.open(first.quyenSo);
    await expect(exporting.counts).toHaveAttribute('data-approved', '2');
    await expect(exporting.counts).toHaveAttribute('data-damaged', '1');
    await expect(exporting.counts).toHaveAttribute('data-not-approved', '0');
    await expect(exporting.folder).toHaveValue(/Xuất dữ liệu$/u);
    await expect(exporting.names).toHaveText(`Tên tệp: ${EXCEL} và ${MANIFEST}`);
    await expect(page.getByTestId('export-zip-name')).toContainText(ZIP);
    await exporting.exportTo(folder);
    await expect(exporting.done).toContainText(`Đã xuất 2 bản ghi vào thư mục ${folder}.`);
    await expect(exporting.counts).toHaveAttribute('data-approved', '0');

    // The folder holds the three files and nothing else (no `.`-temp file left behind).
    expect((await readdir(folder)).sort()).toEqual([MANIFEST, EXCEL, ZIP].sort());
    const excel = new Uint8Array(await readFile(join(folder, EXCEL)));
    const zip = new Uint8Array(await readFile(join(folder, ZIP)));
    const manifest = JSON.parse(await readFile(join(folder, MANIFEST), 'utf8')) as {
      counts: Record<string, number>;
      layout: { id: string };
      files: { name: string; bytes: number; sha256: string; pdfs?: number }[];
      withoutScan: string[];
      createdBy: { name: string };
    };
    expect(manifest.counts).toEqual({ approved: 2, exported: 2, damaged: 1, notApproved: 0 });
    expect(manifest.layout.id).toBe('moj-ks-70');
    expect(manifest.files).toEqual([
      { name: EXCEL, bytes: excel.byteLength, sha256: sha256(excel) },
      { name: ZIP, bytes: zip.byteLength, sha256: sha256(zip), pdfs: 2 },
    ]);
    expect(manifest.withoutScan).toEqual([]);
    expect(manifest.createdBy.name).toBe(officer.displayName);
    await expect(exporting.done).toContainText(sha256(excel));
    await expect(exporting.done).toContainText(`${ZIP}: 2 tệp PDF, ${zip.byteLength} byte, SHA-256 ${sha256(zip)}`);

    // One PDF per approved entry, in register order, with the pages linked to it.
    const pdfs = unzipSync(zip);
    expect(Object.keys(pdfs)).toEqual([pdfName(first), pdfName(second)]);
    const [onePage, twoPages] = await Promise.all(Object.values(pdfs).map((bytes) => PDFDocument.load(bytes)));
    expect(onePage?.getPageCount()).toBe(1);
    expect(onePage?.getPage(0).getSize()).toEqual({ width: 420, height: 595 });
    expect(twoPages?.getPageCount()).toBe(2);
    expect(twoPages?.getPages().map((p) => ({ ...p.getSize(), rotation: p.getRotation().angle }))).toEqual([
      { width: 420, height: 595, rotation: 0 },
      { width: 60, height: 40, rotation: 90 },
    ]);

    const { readWorkbook, readEntries, getProfile, birthDateInWords } = await loadProjectReader(work);
    const model = await readWorkbook(excel);
    if (!model.ok) throw new Error(model.error.message);
    const sheet = model.value.sheets[0];
    expect(sheet?.name).toBe('DL Import');
    expect(sheet?.rows[0]).toEqual(templates.templates.KS.columns);
    const read = readEntries(model.value, { type: 'KS', today: { year: 2026, month: 1, day: 1 } });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.profile.id).toBe('moj-ks-70');
    const fields = getProfile('KS').definition.fields.map((f) => f.key);
    const pick = (values: Readonly<Record<string, string>>) => Object.fromEntries(fields.map((k) => [k, values[k] ?? '']));
    // The form writes the birth date in words itself when the clerk leaves it empty.
    const asKeyed = keyed.map((e) => ({ ...e, nksNgaySinhBangChu: e.nksNgaySinhBangChu || birthDateInWords(e.nksNgaySinh) }));
    expect(read.value.rows.map((r) => pick(r.values))).toEqual(asKeyed.map(pick));

    const office = findOffice();
    if (!office) {
      console.log('LibreOffice part skipped: neither soffice nor libreoffice is on PATH (CI installs libreoffice-calc-nogui).');
    } else {
      const columns = templates.templates.KS.columns;
      const csv = await officeCsv(office, join(folder, EXCEL), work);
      const shown = (sheet?.rows ?? []).map((row) => columns.map((_c, i) => String(row[i] ?? '')));
      expect(csv).toEqual(shown);
    }

    await logout(page);
    await sohoa.restart();
    const hits = await scanForPlaintext([sohoa.dirs.profile, sohoa.dirs.data], [first.nksHoTen, second.nksHoTen, first.meHoTen, second.meHoTen, 'export-photo']);
    expect(hits).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
});
