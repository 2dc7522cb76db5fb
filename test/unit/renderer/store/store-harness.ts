/**
 * Opens real stores over fake-indexeddb (a complete IndexedDB implementation) with a real
 * AES-GCM device vault, one fresh database per test, and a controllable clock.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createAppStore } from '../../../../renderer/store/app-store';
import type { DeviceVault } from '../../../../renderer/store/app-store-api';
import { webCryptoVault } from '../../../support/web-crypto-vault';
import type { PageImages } from '../../../../renderer/store/scan-types';
import type { BookInput, CommuneChoice } from '../../../../renderer/store/types';

export const commune: CommuneChoice = {
  era: 'before-2025-07-01',
  province: { code: '30', name: 'Tỉnh Hải Dương' },
  district: { code: '292', name: 'Thị xã Kinh Môn' },
  commune: { code: '10882', name: 'Xã Lạc Long' },
};

export const LEAD = { username: 'to.truong', displayName: 'PHẠM THỊ HƯỜNG', password: 'Sổ hộ tịch 1996!' };

let counter = 0;
export async function openTestStore(options: { dbName?: string; vault?: DeviceVault; clock?: { now: number } } = {}) {
  const clock = options.clock ?? { now: Date.UTC(2026, 10, 22, 8) };
  const vault = options.vault ?? (await webCryptoVault());
  const dbName = options.dbName ?? `sohoa-test-${process.pid}-${++counter}`;
  const store = await createAppStore({ dbName, vault, now: () => clock.now, indexedDB: { indexedDB, IDBKeyRange } });
  return { store, vault, clock, dbName };
}

export async function provisioned() {
  const opened = await openTestStore();
  const { recoveryCode } = await opened.store.provision({ commune, lead: LEAD });
  return { ...opened, recoveryCode };
}

/** A KS book as the tests register it; each test overrides what it is about. */
export const ksBook = (overrides: Partial<BookInput> = {}): BookInput => ({
  type: 'KS',
  quyenSo: '01/2008',
  yearFrom: 2008,
  yearTo: 2008,
  registeringBody: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An',
  paperSize: 'A3',
  pageCount: 100,
  surveyedCount: 60,
  notes: '',
  ...overrides,
});

/** Page images without pdf.js or a canvas: a PDF "has" `pdfPages` pages, an image one, and page i's thumbnail is FF D8 i. */
export const fakeImages = (pdfPages = 3): PageImages => ({
  open: async (kind) => ({
    pageCount: kind === 'pdf' ? pdfPages : 1,
    draw: async (pageIndex) => Uint8Array.of(0xff, 0xd8, pageIndex),
    close: async () => undefined,
  }),
});
