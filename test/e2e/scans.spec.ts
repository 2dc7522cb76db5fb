/**
 * Book scans end to end through the web host: a clerk adds a small PDF and two photos to a book,
 * sees their thumbnails with page numbers, rotates and moves pages with the keyboard, numbers
 * them from the register's first page and is refused a damaged file; then the
 * entry screen shows the page beside the form, flips pages by shortcut, and a keyed entry keeps
 * the page it was keyed from after the browser restarts. The entry then runs onto the next page:
 * the clerk links both by keyboard and they are kept after another restart. Pages added and
 * removed in a second tab show beside the form at once; removal by keyboard is refused while
 * the entry links to a page of the file, and otherwise removes a page or a whole file. A long
 * scan draws only the thumbnails near the screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harness';
import { markedPng, tinyPdf } from './fixtures/scan-files';
import { createBook, createUser, login, logout, openBookForKeying, setupCommune } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ScansPage } from './pages/scans-page';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };

const lead = { username: 'totruong', displayName: 'Nguyễn Thị Tổ Trưởng', password: 'Lạc-Long-2025-an-toàn' };
const clerk = { username: 'nhaplieu1', displayName: 'Trần Văn Nhập', password: 'Nhap-lieu-so-1-kho-doan' };
const ks = fixtures.KS[0]!;
const QUYEN_SO = ks.quyenSo;

/** The page numbers the entry beside the scan is linked to, as the panel lists them. */
const linkedPages = (page: Page) => page.getByTestId('viewer-link').evaluateAll((items) => items.map((item) => item.getAttribute('data-page')));

/** After a browser restart: logs the clerk in and opens the keyed entry from the book's list. */
async function reopenEntry(app: { page: Page }): Promise<Page> {
  const page = app.page;
  await login(page, clerk.username, clerk.password);
  await page.getByTestId('nav-books').click();
  await page.getByTestId(`book-entries-${QUYEN_SO}`).click();
  await page.getByTestId(`entry-row-${ks.so}`).focus();
  await page.keyboard.press('Enter');
  await expect(new EntryPage(page).field('nksHoTen')).toHaveValue(ks.nksHoTen);
  return page;
}

/** A commune with the lead and a clerk, a KS book of `pageCount` pages, and its scans screen open for the clerk. */
async function openScansAsClerk(page: Page, pageCount: number): Promise<ScansPage> {
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  await createBook(page, {
    type: 'KS', quyenSo: QUYEN_SO, yearFrom: 2008, yearTo: 2008, registeringBody: ks.noiDangKy, paperSize: 'A4', pageCount, surveyedCount: pageCount / 2,
  });
  await logout(page);
  await login(page, clerk.username, clerk.password);
  const scans = new ScansPage(page);
  await scans.open(QUYEN_SO);
  return scans;
}

test('a clerk adds a PDF and photos, arranges the pages and keys beside them', async ({ sohoa }) => {
  test.setTimeout(180_000);
  const { page } = sohoa;
  const policyErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval/i.test(message.text())) policyErrors.push(message.text());
  });
  const scans = await openScansAsClerk(page, 100);
  await expect(page.getByTestId('scans-empty')).toBeVisible();
  await scans.add([{ name: 'so-01-2008.pdf', mimeType: 'application/pdf', buffer: tinyPdf(2) }], 2);
  // Photos named as a phone names them: IMG_2 sorts before IMG_10.
  await scans.add(
    [
      { name: 'IMG_10.png', mimeType: 'image/png', buffer: markedPng(40, 60, [200, 30, 30], 'marker-a') },
      { name: 'IMG_2.png', mimeType: 'image/png', buffer: markedPng(60, 40, [30, 30, 200], 'marker-b') },
    ],
    4,
  );
  expect(await scans.numbers()).toEqual(['1', '2', '3', '4']);
  expect(await scans.kinds()).toEqual(['pdf', 'pdf', 'image', 'image']);
  await expect.poll(() => scans.thumbnailsDrawn()).toBe(true);
  const photoColours = await scans.pages.evaluateAll((cells) =>
    cells.slice(2).map((cell) => {
      const canvas = cell.querySelector('canvas') as HTMLCanvasElement;
      const [r, , b] = canvas.getContext('2d')?.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data ?? [];
      return (r ?? 0) > (b ?? 0) ? 'red' : 'blue';
    }),
  );
  expect(photoColours).toEqual(['blue', 'red']);

  // A file that only looks like a PDF is refused as a whole; the book keeps its pages.
  await scans.choose([
    { name: 'IMG_11.png', mimeType: 'image/png', buffer: markedPng(10, 10, [0, 0, 0], 'kept-out') },
    { name: 'hong.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nnot really a pdf') },
  ]);
  await expect(page.getByTestId('error')).toContainText('không mở được');
  await expect(scans.pages).toHaveCount(4);

  // Keyboard: End picks the last page, R turns it, Alt+← moves it before the page it followed.
  await scans.grid.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('r');
  await expect.poll(() => scans.rotation(3)).toBe('90');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => scans.rotation(2)).toBe('90');
  expect(await scans.kinds()).toEqual(['pdf', 'pdf', 'image', 'image']);
  await expect(scans.pages.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+R');
  await expect.poll(() => scans.rotation(0)).toBe('270');
  expect(await scans.numbers()).toEqual(['1', '2', '3', '4']);
  // The register's first scanned page is page 5: numbering from it renumbers the rest.
  await page.getByLabel('Số trang của trang đang chọn (các trang sau đánh số tiếp theo)').fill('5');
  await page.keyboard.press('Enter');
  await expect.poll(() => scans.numbers()).toEqual(['5', '6', '7', '8']);

  // Beside the form: page 1 first; Alt+PageDown flips, zoom and pan are remembered per page.
  await page.getByTestId('scans-back').click();
  await openBookForKeying(page, QUYEN_SO);
  const entry = new EntryPage(page);
  await entry.ready();
  const viewerPage = page.getByTestId('viewer-page');
  const canvas = page.getByTestId('viewer-canvas');
  await expect(viewerPage).toContainText('Trang 5 (1/4)');
  await expect(canvas).toHaveAttribute('data-page', '5');
  await expect(entry.field('so')).toBeFocused();
  await page.keyboard.press('Alt+PageDown');
  await expect(viewerPage).toContainText('Trang 6 (2/4)');
  await expect(canvas).toHaveAttribute('data-page', '6');
  await page.keyboard.press('Alt+Equal');
  await page.keyboard.press('Alt+Equal');
  await expect(viewerPage).toContainText('Phóng 150%');
  const picture = page.locator('.viewer-picture');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(picture).not.toHaveAttribute('style', /translate\(0px, 0px\)/);
  await page.keyboard.press('Alt+PageUp');
  await expect(viewerPage).toContainText('Trang 5 (1/4)');
  await expect(viewerPage).toContainText('Phóng 100%');
  await page.keyboard.press('Alt+PageDown');
  await expect(viewerPage).toContainText('Phóng 150%');
  await expect(entry.field('so')).toBeFocused();
  const panelWidth = await page.locator('.viewer-viewport').evaluate((v) => v.clientWidth);
  // Polled: the zoom line changes at once, the page is redrawn at the new zoom a moment later.
  await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).getBoundingClientRect().width)).toBeCloseTo(panelWidth * 1.5, -1);
  await page.keyboard.press('Alt+Home');
  await expect(viewerPage).toContainText('Phóng 100%');
  await page.keyboard.press('Alt+Equal');
  await expect(viewerPage).toContainText('Phóng 125%');

  // F8 hides the panel for a wide form and brings it back.
  await page.keyboard.press('F8');
  await expect(page.getByTestId('viewer-show')).toBeVisible();
  await page.keyboard.press('F8');
  await expect(viewerPage).toContainText('Trang 6 (2/4)');

  // An entry keyed while page 6 is shown is linked to page 6, also after a restart.
  await entry.keyEntry(ks);
  await entry.saveAndNext(ks.so);
  expect(policyErrors).toEqual([]);
  await logout(page);
  await sohoa.restart();
  const again = await reopenEntry(sohoa);
  await expect.poll(() => linkedPages(again)).toEqual(['6']);
  await expect(again.getByTestId('viewer-page')).toContainText('Trang 6 (2/4)');

  // The entry runs onto page 7: Alt+Insert links the page shown as well; Alt+Delete unlinks it, Alt+L links it again.
  await again.keyboard.press('Alt+PageDown');
  await expect(again.getByTestId('viewer-page')).toContainText('Trang 7 (3/4)');
  await again.keyboard.press('Alt+Insert');
  await expect.poll(() => linkedPages(again)).toEqual(['6', '7']);
  await again.keyboard.press('Alt+Delete');
  await expect.poll(() => linkedPages(again)).toEqual(['6']);
  await again.keyboard.press('Alt+l');
  await expect.poll(() => linkedPages(again)).toEqual(['6', '7']);
  await again.keyboard.press('F1');
  await expect(again.getByTestId('entry-help')).toContainText('gắn trang đang xem với bản ghi');
  await again.keyboard.press('Escape');
  await again.keyboard.press('Control+s');
  await expect(again.getByTestId('entry-status')).toContainText(`Đã lưu số ${ks.so}.`);
  await logout(again);
  await sohoa.restart();
  const third = await reopenEntry(sohoa);
  await expect.poll(() => linkedPages(third)).toEqual(['6', '7']);

  // A second tab adds a file: the page list beside the form grows without a reload.
  const other = await sohoa.context.newPage();
  await other.goto(sohoa.host.url);
  await login(other, clerk.username, clerk.password);
  const scansTab = new ScansPage(other);
  await scansTab.open(QUYEN_SO);
  await scansTab.add([{ name: 'so-them.pdf', mimeType: 'application/pdf', buffer: tinyPdf(2) }], 6);
  expect(await scansTab.numbers()).toEqual(['5', '6', '7', '8', '9', '10']);
  await expect(third.getByTestId('viewer-page')).toContainText('(2/6)');

  // Shift+Delete on page 5 would remove the first PDF, whose page 6 the entry links: refused, only Cancel is offered.
  const dialog = other.getByTestId('scan-remove-dialog');
  await scansTab.grid.focus();
  await other.keyboard.press('Home');
  await other.keyboard.press('Shift+Delete');
  await expect(dialog).toContainText('1 bản ghi đang gắn với trang cần xóa');
  await expect(other.getByTestId('scan-remove-dialog-save')).toBeDisabled();
  await other.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(scansTab.pages).toHaveCount(6);

  // Shift+Delete on page 10 removes the added file, both its pages; Enter confirms.
  await expect(scansTab.grid).toBeFocused();
  await other.keyboard.press('End');
  await other.keyboard.press('Shift+Delete');
  await expect(dialog).toContainText('Xóa cả tệp chứa trang 10?');
  await expect(dialog).toContainText('Cả tệp (2 trang)');
  await other.keyboard.press('Enter');
  await expect(scansTab.pages).toHaveCount(4);
  await expect(other.getByTestId('status')).toContainText('Đã xóa 2 trang.');
  // Delete on page 8 removes that photo alone; the others keep their numbers.
  await expect(scansTab.grid).toBeFocused();
  await other.keyboard.press('End');
  await other.keyboard.press('Delete');
  await expect(dialog).toContainText('Xóa trang 8?');
  await other.keyboard.press('Enter');
  await expect(scansTab.pages).toHaveCount(3);
  expect(await scansTab.numbers()).toEqual(['5', '6', '7']);
  expect(await scansTab.kinds()).toEqual(['pdf', 'pdf', 'image']);
  await expect(third.getByTestId('viewer-page')).toContainText('Trang 6 (2/3)');
  await expect.poll(() => linkedPages(third)).toEqual(['6', '7']);
});

test('a long scan draws only the thumbnails near the screen, and the others as the clerk moves to them', async ({ sohoa }) => {
  const { page } = sohoa;
  const scans = await openScansAsClerk(page, 200);
  await scans.add([{ name: 'so-dai.pdf', mimeType: 'application/pdf', buffer: tinyPdf(120) }], 120);
  // Every thumbnail is made and stored in the background; the grid draws those it shows.
  await expect(page.getByTestId('scan-thumb-pending')).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(async () => (await scans.thumbnailsShown())[0]).toBe(true);
  const first = await scans.thumbnailsShown();
  expect(first.filter(Boolean).length).toBeLessThan(120);
  expect(first.at(-1)).toBe(false);
  // End selects the last page and scrolls it into view: its thumbnail is drawn then.
  await scans.grid.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await scans.thumbnailsShown()).at(-1)).toBe(true);
});
