import { describe, expect, it } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import { createScanStore } from '../../../../renderer/store/scan-store';
import type { BookInput } from '../../../../renderer/store/types';
import fixtures from '../../../fixtures/standard-entries.json';
import { fakeImages, LEAD, provisioned } from './store-harness';

const BOOK: BookInput = {
  type: 'KS',
  quyenSo: '01/2008',
  yearFrom: 2008,
  yearTo: 2008,
  registeringBody: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An',
  paperSize: 'A4',
  pageCount: 20,
  surveyedCount: 4,
  notes: '',
};

const CLERK = { username: 'nhap.lieu', password: 'Bàn phím số 42 ok' };
const OFFICER = { username: 'tu.phap', password: 'Hộ tịch xã 2009 ok' };
const NOTE = 'Trang 7 bị mất từ trước khi khảo sát';

const png = (name: string) => new File([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3)], name, { type: 'image/png' });

/**
 * A book with two entries keyed by the clerk and one damaged, finished and ready for the
 * officer; the first entry is linked to the book's scanned page, the second too or to a page it does not hold.
 */
async function keyedBook({ secondLinked = false } = {}) {
  const opened = await provisioned();
  const { store } = opened;
  const citizen = createCitizenStore(store, definitionOf);
  const book = await citizen.books.create(BOOK);
  const officer = await store.users.create({ ...OFFICER, displayName: 'LÊ THỊ TƯ PHÁP', roles: ['justice'] });
  await store.users.create({ ...CLERK, displayName: 'NGUYỄN VĂN NHẬP', roles: ['clerk'] });
  const as = async (who: { username: string; password: string }) => {
    await store.lock('manual');
    await store.login(who.username, who.password);
  };
  await as(CLERK);
  const [page] = await createScanStore(store, fakeImages()).importFiles(book.id, [png('trang-1.png')]);
  const first = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[0]!, notInBook: [], pages: [page!.id] });
  const second = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[1]!, notInBook: [], pages: [secondLinked ? page!.id : 'trang-khong-co'] });
  await citizen.entries.markDamaged({ bookId: book.id, page: '3', reason: 'torn', note: '' });
  await as(OFFICER);
  await citizen.books.advance(book.id, 'finishKeying');
  return { ...opened, citizen, book, officer, first, second, as };
}

describe('book acceptance', () => {
  it('checks counts against the survey, unapproved entries, errors and links to the book\'s scanned pages', async () => {
    const { citizen, book, first, second } = await keyedBook();
    const check = await citizen.books.acceptanceCheck(book.id);
    expect(check.count).toEqual({ level: 'explain', surveyed: 4, keyed: 2, damaged: 1, difference: -1 });
    expect(check.unsettled.entries.map((e) => [e.id, e.so, e.status])).toEqual([
      [first.id, fixtures.KS[0]!.so, 'keyed'],
      [second.id, fixtures.KS[1]!.so, 'keyed'],
    ]);
    expect(check.invalid.entries).toEqual([]);
    expect(check.unlinked).toEqual({ level: 'explain', entries: [{ id: second.id, so: fixtures.KS[1]!.so, status: 'keyed' }] });
    expect(check).toMatchObject({ blocked: true, needsNote: true });
  });

  it('refuses to accept while entries wait, an entry has errors, or a shortfall is unexplained; then signs it off with the sealed note', async () => {
    const { store, citizen, book, officer, first, second, as } = await keyedBook();
    await expect(citizen.books.advance(book.id, 'accept', NOTE)).rejects.toMatchObject({ code: 'entries_unsettled' });

    // The same number twice: the store keeps what was keyed, the check refuses the book.
    await as(CLERK);
    await citizen.entries.saveKeyed({ id: second.id, bookId: book.id, values: { ...fixtures.KS[1]!, so: fixtures.KS[0]!.so }, notInBook: [] });
    await as(OFFICER);
    await citizen.review.approve([first.id, second.id]);
    expect((await citizen.books.acceptanceCheck(book.id)).invalid.entries.map((e) => e.id).sort()).toEqual([first.id, second.id].sort());
    await expect(citizen.books.advance(book.id, 'accept', NOTE)).rejects.toMatchObject({ code: 'entries_invalid' });

    await as(CLERK);
    await citizen.entries.saveKeyed({ id: second.id, bookId: book.id, values: fixtures.KS[1]!, notInBook: [] });
    await as(OFFICER);
    await citizen.review.approve([second.id]);
    await expect(citizen.books.advance(book.id, 'accept', '  ')).rejects.toMatchObject({ code: 'explanation_required' });
    const accepted = await citizen.books.advance(book.id, 'accept', NOTE);
    expect(accepted).toMatchObject({ status: 'accepted', acceptance: { by: officer.id, note: NOTE } });
    expect((await citizen.books.get(book.id)).acceptance?.note).toBe(NOTE);

    await as({ username: LEAD.username, password: LEAD.password });
    const [move] = await store.audit.list({ actions: ['book.status_changed'], limit: 1 });
    expect(move?.details).toEqual({ from: 'keyed', to: 'accepted', action: 'accept', surveyed: 4, keyed: 2, damaged: 1, note: NOTE });
  });

  it('accepts a book matching its survey without a note', async () => {
    const { citizen, book, first, second } = await keyedBook({ secondLinked: true });
    await citizen.review.approve([first.id, second.id]);
    await citizen.books.advance(book.id, 'reopen', 'Sửa số khảo sát');
    await citizen.books.update(book.id, { ...BOOK, surveyedCount: 3 });
    await citizen.books.advance(book.id, 'finishKeying');
    expect((await citizen.books.acceptanceCheck(book.id)).needsNote).toBe(false);
    expect((await citizen.books.advance(book.id, 'accept')).acceptance?.note).toBe('');
  });

  it('locks an accepted book against keying, review and edits until it is re-opened with a reason', async () => {
    const { store, citizen, book, first, second, as } = await keyedBook();
    await citizen.review.approve([first.id, second.id]);
    await citizen.books.advance(book.id, 'accept', NOTE);
    const closed = { code: 'book_closed' };

    await expect(citizen.books.update(book.id, { ...BOOK, surveyedCount: 3 })).rejects.toMatchObject(closed);
    await expect(citizen.review.return(first.id, 'Sai tên')).rejects.toMatchObject(closed);
    await as(CLERK);
    await expect(citizen.entries.saveKeyed({ id: first.id, bookId: book.id, values: fixtures.KS[0]!, notInBook: [] })).rejects.toMatchObject(closed);
    await expect(citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[2]!, notInBook: [] })).rejects.toMatchObject(closed);
    await expect(citizen.entries.saveDraft({ bookId: book.id, values: { so: '09/2008' }, notInBook: [] })).rejects.toMatchObject(closed);
    await expect(citizen.entries.markDamaged({ bookId: book.id, page: '9', reason: 'faded', note: '' })).rejects.toMatchObject(closed);
    await expect(citizen.entries.importRows(book.id, 'KS', [{ values: fixtures.KS[3]!, status: 'keyed' }])).rejects.toMatchObject(closed);
    await expect(citizen.books.advance(book.id, 'reopen', 'Sót mục')).rejects.toMatchObject({ code: 'forbidden_role' });
    expect((await citizen.books.stats(book.id)).approved).toBe(2);

    await as(OFFICER);
    await expect(citizen.books.advance(book.id, 'reopen', ' ')).rejects.toMatchObject({ code: 'reason_required' });
    const reopened = await citizen.books.advance(book.id, 'reopen', 'Sót mục số 05/2008');
    expect(reopened).toMatchObject({ status: 'keying', acceptance: null });
    await as(CLERK);
    expect((await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[4]!, notInBook: [] })).status).toBe('keyed');

    await as({ username: LEAD.username, password: LEAD.password });
    const [move] = await store.audit.list({ actions: ['book.status_changed'], limit: 1 });
    expect(move?.details).toEqual({ from: 'accepted', to: 'keying', action: 'reopen', reason: 'Sót mục số 05/2008' });
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });
});
