/**
 * The store's side of a book's export: only the justice officer, only an accepted book; the
 * counts, the approved entries in register order with their linked pages, without the damaged one; after commit the
 * entries are `exported` with one audit entry; a book re-opened since the files were built
 * makes the commit fail and change nothing.
 */
import { describe, expect, it } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import fixtures from '../../../fixtures/standard-entries.json';
import { LEAD, ksBook, provisioned } from './store-harness';

const CLERK = { username: 'nhap.lieu', password: 'Bàn phím số 42 ok' };
const OFFICER = { username: 'tu.phap', password: 'Hộ tịch xã 2009 ok' };
const RECORD = {
  layout: 'moj-ks-70',
  files: [
    { name: 'a.xlsx', bytes: 3, sha256: 'ab'.repeat(32) },
    { name: 'a.zip', bytes: 9, sha256: 'cd'.repeat(32), pdfs: 1 },
  ],
  withoutScan: ['2/2008'],
};

async function acceptedBook() {
  const { store } = await provisioned();
  const citizen = createCitizenStore(store, definitionOf);
  const book = await citizen.books.create(ksBook({ surveyedCount: 3 }));
  await store.users.create({ ...CLERK, displayName: 'NGUYỄN VĂN NHẬP', roles: ['clerk'] });
  await store.users.create({ ...OFFICER, displayName: 'LÊ THỊ TƯ PHÁP', roles: ['justice'] });
  const as = async (who: { username: string; password: string }) => {
    await store.lock('manual');
    await store.login(who.username, who.password);
  };
  const [first, second] = fixtures.KS;
  if (!first || !second) throw new Error('fixtures missing');
  // Two pages as the scan store leaves them; an entry's link needs only the page's book.
  const page = (id: string) => ({ id, bookId: book.id, sourceId: 's', kind: 'image' as const, pageIndex: 0, order: 0, number: 1, rotation: 0 as const, schemaVersion: 1, keyId: 'k', updatedAt: 0, sealed: new Uint8Array() });
  await store.db.scanPages.bulkPut([page('page-a'), page('page-b')]);
  await as(CLERK);
  const tenth = await citizen.entries.saveKeyed({ bookId: book.id, values: { ...first, so: '10/2008' }, notInBook: [], pages: ['page-b', 'page-a'] });
  const secondOne = await citizen.entries.saveKeyed({ bookId: book.id, values: { ...second, so: '2/2008' }, notInBook: [] });
  await citizen.entries.markDamaged({ bookId: book.id, page: '7', reason: 'torn', note: '' });
  await as(OFFICER);
  await citizen.review.approve([tenth.id, secondOne.id]);
  await expect(citizen.exports.collect(book.id)).rejects.toMatchObject({ code: 'bad_transition' });
  await as(LEAD);
  await citizen.books.advance(book.id, 'finishKeying');
  await as(OFFICER);
  await citizen.books.advance(book.id, 'accept', 'Đã kiểm tra đủ');
  return { store, citizen, book, as, ids: [secondOne.id, tenth.id] };
}

describe('book export in the store', () => {
  it('gives the officer the approved entries in register order and marks them exported with one audit entry', async () => {
    const { store, citizen, book, as, ids } = await acceptedBook();
    expect(await citizen.exports.counts(book.id)).toEqual({ approved: 2, damaged: 1, notApproved: 0, exportedBefore: 0 });
    const batch = await citizen.exports.collect(book.id);
    expect(batch.entries.map((e) => e.id)).toEqual(ids);
    expect(batch.entries.map((e) => e.values.so)).toEqual(['2/2008', '10/2008']);
    // Each entry's linked pages in link order: its PDF's pages.
    expect(batch.entries.map((e) => e.pages)).toEqual([[], ['page-b', 'page-a']]);

    await as(CLERK);
    await expect(citizen.exports.collect(book.id)).rejects.toMatchObject({ code: 'forbidden_role' });
    await expect(citizen.exports.commit(batch, RECORD)).rejects.toMatchObject({ code: 'forbidden_role' });

    await as(OFFICER);
    await citizen.exports.commit(batch, RECORD);
    expect(await citizen.exports.counts(book.id)).toEqual({ approved: 0, damaged: 1, notApproved: 0, exportedBefore: 2 });
    expect((await citizen.entries.open(ids)).map((e) => e.status)).toEqual(['exported', 'exported']);
    expect((await citizen.entries.find({ bookId: book.id, status: 'exported' })).sort()).toEqual([...ids].sort());

    await as(LEAD);
    const audit = await store.audit.list({ actions: ['book.exported'] });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetId: book.id, details: { layout: 'moj-ks-70', exported: 2, damaged: 1, pdfs: 1, withoutScan: '["2/2008"]', ids: JSON.stringify(ids) } });
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses to commit when the book was re-opened after the files were built', async () => {
    const { citizen, book, ids } = await acceptedBook();
    const batch = await citizen.exports.collect(book.id);
    await citizen.books.advance(book.id, 'reopen', 'Sửa lại số 2');
    await expect(citizen.exports.commit(batch, RECORD)).rejects.toMatchObject({ code: 'bad_transition' });
    expect((await citizen.entries.open(ids)).map((e) => e.status)).toEqual(['approved', 'approved']);
  });
});
