/**
 * Excel import into a book through the store: valid rows keyed, problem rows drafts, audited
 * per chunk; the same rows again add nothing (identity = book + number + registration date,
 * found by blind-index token); a file of another type changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import type { ImportEntryInput } from '../../../../renderer/store/types';
import fixtures from '../../../fixtures/standard-entries.json';
import { ksBook, provisioned } from './store-harness';

const KS_BOOK = ksBook();

async function setup() {
  const opened = await provisioned();
  const citizen = createCitizenStore(opened.store, definitionOf);
  const book = await citizen.books.create(KS_BOOK);
  const other = await citizen.books.create({ ...KS_BOOK, quyenSo: '02/2008' });
  await opened.store.users.create({ username: 'clerk.a', displayName: 'NHẬP LIỆU', roles: ['clerk', 'police'], password: 'Bàn phím số 42 ok' });
  await opened.store.lock('manual');
  await opened.store.login('clerk.a', 'Bàn phím số 42 ok');
  return { ...opened, citizen, book, other };
}

/** Every fourth row stands for a row with an error in the file. */
const rows: ImportEntryInput[] = fixtures.KS.map((values, i) => ({ values, status: i % 4 === 3 ? 'draft' : 'keyed' }));
const draftCount = rows.filter((r) => r.status === 'draft').length;

describe('importing rows into a book', () => {
  it('writes valid rows as keyed and problem rows as drafts, one audit entry per chunk', async () => {
    const { store, citizen, book } = await setup();
    const progress: number[] = [];
    const counts = await citizen.entries.importRows(book.id, 'KS', rows, (written) => progress.push(written));
    expect(counts).toEqual({ keyed: rows.length - draftCount, drafts: draftCount, duplicates: 0 });
    expect(progress.at(-1)).toBe(rows.length);
    expect(await citizen.books.stats(book.id)).toMatchObject({ keyed: rows.length - draftCount, drafts: draftCount });
    expect((await citizen.books.get(book.id)).status).toBe('keying');

    const drafts = await citizen.entries.open(await citizen.entries.find({ bookId: book.id, status: 'draft' }));
    expect(drafts.map((e) => e.values.so).sort()).toEqual(rows.filter((r) => r.status === 'draft').map((r) => r.values.so).sort());

    const audit = await store.audit.list({ actions: ['entry.imported'] });
    expect(audit.reduce((n, e) => n + Number(e.details.count), 0)).toBe(rows.length);
    expect(audit.reduce((n, e) => n + Number(e.details.drafts), 0)).toBe(draftCount);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('writes big files in chunks; a chunk of drafts only does not start the book', async () => {
    const { store, citizen, book } = await setup();
    const many: ImportEntryInput[] = Array.from({ length: 1200 }, (_, i) => ({
      values: { ...fixtures.KS[i % fixtures.KS.length]!, so: `${i + 1}/2008` },
      status: i < 1000 ? 'draft' : 'keyed',
    }));
    const progress: number[] = [];
    expect(await citizen.entries.importRows(book.id, 'KS', many, (written) => progress.push(written))).toEqual({ keyed: 200, drafts: 1000, duplicates: 0 });
    expect(progress).toEqual([1000, 1200]);
    const audit = await store.audit.list({ actions: ['entry.imported'] });
    expect(audit.map((e) => [e.details.keyed, e.details.drafts]).sort()).toEqual([
      [0, 1000],
      [200, 0],
    ]);
    // The book starts with the keyed chunk, not with the drafts written before it.
    const [started] = await store.audit.list({ actions: ['book.status_changed'] });
    const draftChunk = audit.find((e) => e.details.drafts === 1000);
    expect(started!.seq).toBeGreaterThan(draftChunk!.seq);
    expect((await citizen.books.get(book.id)).status).toBe('keying');
  });

  it('adds nothing when the same rows come again, whatever their status or spelling of the number', async () => {
    const { store, citizen, book, other } = await setup();
    await citizen.entries.importRows(book.id, 'KS', rows);
    const auditBefore = (await store.audit.list({ actions: ['entry.imported'] })).length;

    // The file fixed in between: the former drafts now come as keyed, numbers lose their leading zero.
    const again = rows.map((r) => ({ values: { ...r.values, so: (r.values.so ?? '').replace(/^0+/u, '') }, status: 'keyed' as const }));
    expect(await citizen.entries.importRows(book.id, 'KS', again)).toEqual({ keyed: 0, drafts: 0, duplicates: rows.length });
    expect(await citizen.books.stats(book.id)).toMatchObject({ keyed: rows.length - draftCount, drafts: draftCount });
    expect(await store.audit.list({ actions: ['entry.imported'] })).toHaveLength(auditBefore);

    // Identity is per book: another book takes the same rows; a changed date is a new registration.
    expect(await citizen.entries.importRows(other.id, 'KS', rows.slice(0, 3))).toMatchObject({ keyed: 3, duplicates: 0 });
    const moved = { values: { ...rows[0]!.values, ngayDangKy: '05.01.2008' }, status: 'keyed' as const };
    expect(await citizen.entries.importRows(book.id, 'KS', [moved, rows[1]!])).toEqual({ keyed: 1, drafts: 0, duplicates: 1 });
  });

  it('recognises a row without number or date only as the very same row', async () => {
    const { citizen, book } = await setup();
    const { so: _so, ...values } = fixtures.KS[0]!;
    const rowWithoutNumber: ImportEntryInput = { values, status: 'draft' };
    expect(await citizen.entries.importRows(book.id, 'KS', [rowWithoutNumber])).toMatchObject({ drafts: 1, duplicates: 0 });
    expect(await citizen.entries.importRows(book.id, 'KS', [rowWithoutNumber])).toMatchObject({ drafts: 0, duplicates: 1 });
    const corrected = { values: { ...values, nksHoTen: 'NGUYỄN MỸ HẠNH' }, status: 'draft' as const };
    expect(await citizen.entries.importRows(book.id, 'KS', [corrected])).toMatchObject({ drafts: 1, duplicates: 0 });
  });

  it('skips an entry keyed by hand with the same number and date', async () => {
    const { citizen, book } = await setup();
    await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[0]!, notInBook: [] });
    expect(await citizen.entries.importRows(book.id, 'KS', rows.slice(0, 2))).toEqual({ keyed: 1, drafts: 0, duplicates: 1 });
  });

  it('refuses rows of another register type and changes nothing', async () => {
    const { store, citizen, book } = await setup();
    await expect(citizen.entries.importRows(book.id, 'KT', rows)).rejects.toMatchObject({ code: 'conflict' });
    expect(await citizen.books.stats(book.id)).toMatchObject({ keyed: 0, drafts: 0 });
    expect((await citizen.books.get(book.id)).status).toBe('registered');
    expect(await store.audit.list({ actions: ['entry.imported'] })).toHaveLength(0);
  });
});
