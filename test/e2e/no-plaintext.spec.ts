/**
 * "Citizen data never touches disk in plaintext", checked on the real files: after people,
 * a book, a keyed entry with distinctive Vietnamese names and scans (a PDF and a photo whose
 * bytes and file names carry markers) added to the book, every file of the browser
 * profile and the host's data directory is scanned for those names (UTF-8 and UTF-16LE, NFC
 * and NFD). A control run writes the same name unsealed and must be found by the same scan,
 * so a scan that cannot see anything cannot pass the first test.
 */
import { expect, test } from './fixtures/harness';
import { scanForPlaintext } from './fixtures/plaintext-scan';
import { createBook, createUser, login, logout, openBookForKeying, setupCommune, type Account } from './pages/books-page';
import { EntryPage } from './pages/entry-page';
import { ScansPage } from './pages/scans-page';
import { markedPng, tinyPdf } from './fixtures/scan-files';
import fixtures from '../fixtures/standard-entries.json' with { type: 'json' };

const LEAD: Account = { username: 'to.truong', displayName: 'QUÁCH THỊ NGỌC HUYỀN', password: 'Sổ hộ tịch 1996!' };
const CLERK: Account = { username: 'nhap.lieu', displayName: 'KHỔNG VĂN THUẬN', password: 'Bàn phím số 42 ok' };
const CITIZEN = 'ĐOÀN THỊ ỶNH XUYẾN';
const MOTHER = 'LƯU THỊ NHẠN';
const SCAN_MARKERS = ['QUET-ANH-MARKER-58213', 'QUET-PDF-MARKER-77102'];
const SCAN_NAMES = ['Doan-Thi-Ynh-Xuyen-khai-sinh.png', 'So-khai-sinh-Thanh-Chuong.pdf'];

test('no citizen or team name is written to disk in plaintext', async ({ sohoa }) => {
  const { page } = sohoa;
  await setupCommune(page, LEAD);
  await createUser(page, { ...CLERK, roles: ['clerk', 'justice'] });
  await logout(page);
  await login(page, CLERK.username, CLERK.password);
  await createBook(page, {
    type: 'KS', quyenSo: '01/2008', yearFrom: 2008, yearTo: 2008,
    registeringBody: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An', paperSize: 'A3', pageCount: 120, surveyedCount: 80,
  });
  await openBookForKeying(page, '01/2008');
  const entry = new EntryPage(page);
  await entry.ready();
  await entry.keyEntry({ ...fixtures.KS[0]!, nksHoTen: CITIZEN, meHoTen: MOTHER });
  await entry.saveAndNext(fixtures.KS[0]!.so);
  const scans = new ScansPage(page);
  await scans.open('01/2008');
  await scans.add(
    [
      { name: SCAN_NAMES[0]!, mimeType: 'image/png', buffer: markedPng(30, 40, [90, 90, 90], SCAN_MARKERS[0]!) },
      { name: SCAN_NAMES[1]!, mimeType: 'application/pdf', buffer: tinyPdf(1, SCAN_MARKERS[1]!) },
    ],
    2,
  );
  await logout(page);
  await sohoa.restart();

  const hits = await scanForPlaintext([sohoa.dirs.profile, sohoa.dirs.data], [
    CITIZEN,
    MOTHER,
    LEAD.displayName,
    CLERK.displayName,
    'Thanh Chương',
    ...SCAN_MARKERS,
    ...SCAN_NAMES,
  ]);
  expect(hits).toEqual([]);
});

test('control: the same scan finds a name written unsealed', async ({ sohoa }) => {
  await sohoa.page.evaluate(async (name) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('control-unsealed', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('people');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('people', 'readwrite');
        tx.objectStore('people').put({ name }, 1);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  }, CITIZEN);
  await sohoa.restart();
  const hits = await scanForPlaintext([sohoa.dirs.profile, sohoa.dirs.data], [CITIZEN]);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.some((h) => h.file.includes('IndexedDB'))).toBe(true);
});
