/**
 * Store benchmarks, run inside Chromium on a real IndexedDB: sealed bulk insert against the
 * same entries put unsealed (the baseline, same run, same indexes but the blind-index one),
 * single sealed saves, and unlock time. Returns metrics; the Node runner writes the file.
 */
import { Dexie } from 'dexie';
import { createAppStore } from '../../../renderer/store/app-store';
import { createCitizenStore } from '../../../renderer/store/citizen-store';
import { definitionOf } from '../../../renderer/store/definitions';
import { newId } from '../../../renderer/store/ids';
import type { BookId } from '../../../renderer/store/types';
import { webCryptoVault } from '../../support/web-crypto-vault';
import { percentile, round, type Metric } from '../metrics';
import { syntheticKsEntries } from '../synthetic-entries';

const LEAD = { username: 'bench.lead', displayName: 'BENCH LEAD', password: 'Đo hiệu năng 2026!' };
const CLERK = { username: 'bench.clerk', displayName: 'BENCH CLERK', roles: ['clerk' as const], password: 'Nhập liệu nhanh 2026' };

/** The baseline: the same entries, unsealed, with the same book and clerk ids and the same indexes but the blind-index one. */
async function plainInsert(entries: Record<string, string>[], chunk: number, owner: { bookId: string; createdBy: string }): Promise<number> {
  const db = new Dexie(`bench-plain-${Date.now()}`);
  db.version(1).stores({ entries: '&id, bookId, type, status, createdBy, [bookId+status], [bookId+createdBy]' });
  await db.open();
  const started = performance.now();
  for (let offset = 0; offset < entries.length; offset += chunk) {
    const rows = entries.slice(offset, offset + chunk).map((values) => ({
      id: newId(Date.now()),
      ...owner,
      type: 'KS',
      status: 'keyed',
      updatedAt: Date.now(),
      values,
    }));
    await db.table('entries').bulkPut(rows);
  }
  const elapsed = performance.now() - started;
  db.close();
  await Dexie.delete(db.name);
  return elapsed;
}

/** What clerks type: a given name and part of the family name, unaccented, in either order. */
function searchQueries(entries: Record<string, string>[], count: number): string[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
  return Array.from({ length: count }, (_, i) => {
    const words = fold(entries[(i * 7919) % entries.length]!.nksHoTen!).split(' ');
    const given = words.at(-1)!;
    const family = words[0]!.slice(0, 3);
    return i % 2 === 0 ? `${given} ${family}` : `${family} ${words[1] ?? ''} ${given.slice(0, 2)}`;
  });
}

export async function runStoreBench(options: { entries: number; singleSaves: number; searches: number }): Promise<Metric[]> {
  const store = await createAppStore({ dbName: `bench-sealed-${Date.now()}`, vault: await webCryptoVault() });
  const citizen = createCitizenStore(store, definitionOf);
  await store.provision({
    commune: { era: 'from-2025-07-01', province: { code: '01', name: 'Thành phố Hà Nội' }, district: null, commune: { code: '00004', name: 'Phường Ba Đình' } },
    lead: LEAD,
  });
  const book = await citizen.books.create({
    type: 'KS', quyenSo: '01/2008', yearFrom: 2008, yearTo: 2008, registeringBody: 'UBND xã Thanh Ngọc',
    paperSize: 'A4', pageCount: 300, surveyedCount: options.entries, notes: '',
  });
  await store.users.create(CLERK);
  await store.lock('manual');

  const unlockTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = await store.login(CLERK.username, CLERK.password);
    unlockTimes.push(performance.now() - started);
    if (!result.ok) throw new Error(`bench login failed: ${result.reason}`);
    if (i < 2) await store.lock('manual');
  }

  const entries = syntheticKsEntries(options.entries);
  const plainMs = await plainInsert(entries, 500, { bookId: book.id, createdBy: store.session()!.user.id });
  const sealedStarted = performance.now();
  await citizen.entries.bulkKeyed(book.id as BookId, entries.map((values) => ({ values, notInBook: [] })));
  const sealedMs = performance.now() - sealedStarted;

  const indexStarted = performance.now();
  await citizen.entries.prepareSearch();
  const indexLoadMs = performance.now() - indexStarted;
  const searchTimes: number[] = [];
  const queries = searchQueries(entries, options.searches);
  for (const name of queries) {
    const started = performance.now();
    const ids = await citizen.entries.find({ name });
    await citizen.entries.open(ids.slice(0, 30));
    searchTimes.push(performance.now() - started);
  }

  const saveTimes: number[] = [];
  const singles = syntheticKsEntries(options.singleSaves);
  for (const values of singles) {
    const started = performance.now();
    await citizen.entries.saveKeyed({ bookId: book.id as BookId, values, notInBook: [] });
    saveTimes.push(performance.now() - started);
  }

  return [
    { name: 'store.bulkInsert.sealedVsPlain.ratio', value: round(sealedMs / plainMs), unit: `ratio (${options.entries} entries: sealed ${Math.round(sealedMs)} ms / plain ${Math.round(plainMs)} ms)`, target: 1.5, better: 'lower' },
    { name: `search.name.${options.entries >= 100_000 ? '100k' : `${options.entries / 1000}k`}.p95.ms`, value: round(percentile(searchTimes, 95)), unit: 'ms (find by partial unaccented name + open the first 30 hits)', target: 50, better: 'lower' },
    { name: 'search.index.load.ms', value: round(indexLoadMs, 0), unit: `ms (once per unlock, in the background; ${options.entries} entries)`, target: 3000, better: 'lower' },
    { name: 'store.put.sealed.p95.ms', value: round(percentile(saveTimes, 95)), unit: 'ms', target: 10, better: 'lower' },
    { name: 'keys.unlock.ms', value: round(percentile(unlockTimes, 50), 0), unit: 'ms (median of 3, PBKDF2-SHA-256 600k)', target: 1500, better: 'lower' },
  ];
}
