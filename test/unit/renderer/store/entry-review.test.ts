import { describe, expect, it } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import { createScanStore } from '../../../../renderer/store/scan-store';
import type { EntryId } from '../../../../renderer/store/types';
import fixtures from '../../../fixtures/standard-entries.json';
import { fakeImages, LEAD, ksBook, provisioned } from './store-harness';

const KS_BOOK = ksBook({ quyenSo: '03/2009', yearFrom: 2009, yearTo: 2009, paperSize: 'A4', pageCount: 50, surveyedCount: 3 });

const CLERK = { username: 'nhap.lieu', password: 'Bàn phím số 42 ok' };
const OFFICER = { username: 'tu.phap', password: 'Hộ tịch xã 2009 ok' };
const REASON = 'Tên mẹ là TRẦN THỊ LỤA, không phải LỤ';

const png = (name: string) => new File([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3)], name, { type: 'image/png' });

async function setup() {
  const opened = await provisioned();
  const { store } = opened;
  const citizen = createCitizenStore(store, definitionOf);
  const book = await citizen.books.create(KS_BOOK);
  const clerk = await store.users.create({ ...CLERK, displayName: 'NGUYỄN VĂN NHẬP', roles: ['clerk'] });
  const officer = await store.users.create({ ...OFFICER, displayName: 'LÊ THỊ TƯ PHÁP', roles: ['justice'] });
  const as = async (who: { username: string; password: string }) => {
    await store.lock('manual');
    await store.login(who.username, who.password);
  };
  await as(CLERK);
  return { ...opened, citizen, book, clerk, officer, as };
}

describe('review', () => {
  it('returns an entry to its clerk with a sealed reason, takes the fix back, approves it and keeps the whole history', async () => {
    const { store, citizen, book, clerk, officer, as } = await setup();
    const values = fixtures.KS[0]!;
    const keyed = await citizen.entries.saveKeyed({ bookId: book.id, values, notInBook: [] });
    await expect(citizen.review.approve([keyed.id])).rejects.toMatchObject({ code: 'forbidden_role' });

    await as(OFFICER);
    expect(await citizen.review.queue(book.id)).toEqual([keyed.id]);
    await expect(citizen.review.return(keyed.id, '  ')).rejects.toMatchObject({ code: 'reason_required' });
    const returned = await citizen.review.return(keyed.id, REASON, 'meHoTen');
    expect(returned).toMatchObject({ status: 'returned', review: { decision: 'returned', reason: REASON, field: 'meHoTen', by: officer.id }, updatedBy: clerk.id });
    expect(await citizen.review.queue(book.id)).toEqual([]);

    await as(CLERK);
    expect(await citizen.review.returned()).toEqual([keyed.id]);
    expect(await citizen.review.returned(book.id)).toEqual([keyed.id]);
    expect((await citizen.books.stats(book.id)).returned).toBe(1);
    const fixed = await citizen.entries.saveKeyed({ id: keyed.id, bookId: book.id, values: { ...values, so: '99/2009' }, notInBook: [] });
    expect(fixed.status).toBe('keyed');
    expect(fixed.review?.decision).toBe('returned');
    expect(await citizen.review.returned()).toEqual([]);

    await as(OFFICER);
    const [approved] = await citizen.review.approve([keyed.id]);
    expect(approved).toMatchObject({ status: 'approved', review: { decision: 'approved', by: officer.id } });
    expect(await citizen.books.stats(book.id)).toMatchObject({ keyed: 0, approved: 1, returned: 0 });
    expect(await citizen.entries.find({ bookId: book.id, status: 'approved' })).toEqual([keyed.id]);

    // Editing an approved entry sends it back to review.
    await as(CLERK);
    const edited = await citizen.entries.saveKeyed({ id: keyed.id, bookId: book.id, values: { ...values, so: '98/2009' }, notInBook: [] });
    expect(edited.status).toBe('keyed');
    await as(OFFICER);
    expect(await citizen.review.queue(book.id)).toEqual([keyed.id]);

    const history = await citizen.review.history(keyed.id);
    expect(history.map((h) => [h.action, h.from, h.to, h.actorName])).toEqual([
      ['entry.created', 'new', 'keyed', 'NGUYỄN VĂN NHẬP'],
      ['entry.returned', 'keyed', 'returned', 'LÊ THỊ TƯ PHÁP'],
      ['entry.updated', 'returned', 'keyed', 'NGUYỄN VĂN NHẬP'],
      ['entry.approved', 'keyed', 'approved', 'LÊ THỊ TƯ PHÁP'],
      ['entry.updated', 'approved', 'keyed', 'NGUYỄN VĂN NHẬP'],
    ]);
    expect(history[0]!.changes).toContainEqual(['nksHoTen', '', values.nksHoTen]);
    expect(history[1]).toMatchObject({ reason: REASON, field: 'meHoTen' });
    expect(history[2]!.changes).toEqual([['so', values.so, '99/2009']]);
    expect(history[4]!.changes).toEqual([['so', '99/2009', '98/2009']]);

    await as({ username: LEAD.username, password: LEAD.password });
    expect(await store.audit.verify()).toMatchObject({ ok: true });
    const dump = JSON.stringify(
      await Promise.all(store.db.tables.map((t) => t.toArray())),
      (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v),
    );
    for (const secret of ['LỤA', 'LUA', values.nksHoTen]) {
      expect(dump.includes(secret)).toBe(false);
      expect(dump.includes(secret.normalize('NFD'))).toBe(false);
    }
  });

  it('lets nobody approve or return an entry they keyed or last edited', async () => {
    const { citizen, book, as } = await setup();
    const byClerk = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[1]!, notInBook: [] });
    await as(OFFICER);
    const own = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[2]!, notInBook: [] });
    await expect(citizen.review.approve([own.id])).rejects.toMatchObject({ code: 'own_entry' });
    await expect(citizen.review.return(own.id, REASON)).rejects.toMatchObject({ code: 'own_entry' });
    await citizen.entries.saveKeyed({ id: byClerk.id, bookId: book.id, values: { ...fixtures.KS[1]!, so: '55/2009' }, notInBook: [] });
    await expect(citizen.review.approve([byClerk.id])).rejects.toMatchObject({ code: 'own_entry' });
  });

  it('approves entries shown together all at once, or none of them', async () => {
    const { citizen, book, as } = await setup();
    const ids: EntryId[] = [];
    for (const values of fixtures.KS.slice(0, 3)) ids.push((await citizen.entries.saveKeyed({ bookId: book.id, values, notInBook: [] })).id);
    await as(OFFICER);
    const own = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[3]!, notInBook: [] });
    await expect(citizen.review.approve([...ids, own.id])).rejects.toMatchObject({ code: 'own_entry' });
    expect((await citizen.books.stats(book.id)).approved).toBe(0);
    const approved = await citizen.review.approve(ids);
    expect(approved.map((e) => e.status)).toEqual(['approved', 'approved', 'approved']);
    expect(await citizen.review.queue(book.id)).toEqual([own.id]);
    await expect(citizen.review.approve([ids[0]!])).rejects.toMatchObject({ code: 'bad_transition' });
  });

  it("lists the queue by scanned page and approves a page's entries as shown, all in one transaction or none", async () => {
    const { store, clock, citizen, book, as } = await setup();
    const [page1, page2] = await createScanStore(store, fakeImages()).importFiles(book.id, [png('trang-1.png'), png('trang-2.png')]);
    const key = async (n: number, pages: string[]) => {
      clock.now += 1000;
      return (await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[n]!, notInBook: [], pages })).id;
    };
    const onPage2 = await key(0, [page2!.id]);
    const second = await key(2, [page1!.id]);
    const first = await key(1, [page2!.id, page1!.id]);
    const unlinked = await key(3, []);
    const gone = await key(4, ['trang-da-xoa']);
    await expect(citizen.review.approvePage(page1!.id, [])).rejects.toMatchObject({ code: 'forbidden_role' });

    await as(OFFICER);
    const grouped = await citizen.review.byPage(book.id);
    expect(grouped).toEqual({
      pages: [
        { pageId: page1!.id, number: 1, entries: [first, second] },
        { pageId: page2!.id, number: 2, entries: [onPage2] },
      ],
      unlinked: [unlinked, gone],
    });
    const shown = await citizen.entries.open([first, second]);

    // An entry of another page, or one saved since it was shown, refuses the whole page.
    const [other] = await citizen.entries.open([onPage2]);
    await expect(citizen.review.approvePage(page1!.id, [...shown, other!])).rejects.toMatchObject({ code: 'conflict' });
    await as(CLERK);
    clock.now += 1000;
    await citizen.entries.saveKeyed({ id: second, bookId: book.id, values: { ...fixtures.KS[2]!, ghiChu: 'sửa lại' }, notInBook: [], pages: [page1!.id] });
    await as(OFFICER);
    await expect(citizen.review.approvePage(page1!.id, shown)).rejects.toMatchObject({ code: 'conflict' });
    expect((await citizen.books.stats(book.id)).approved).toBe(0);

    const approved = await citizen.review.approvePage(page1!.id, await citizen.entries.open([first, second]));
    expect(approved.map((e) => [e.id, e.status])).toEqual([
      [first, 'approved'],
      [second, 'approved'],
    ]);
    expect(await citizen.review.byPage(book.id)).toEqual({ pages: [{ pageId: page2!.id, number: 2, entries: [onPage2] }], unlinked: [unlinked, gone] });
    await as({ username: LEAD.username, password: LEAD.password });
    const audit = await store.audit.list({ actions: ['entry.approved'] });
    expect(audit.map((a) => [a.targetId, a.details.page, a.details.from, a.details.status]).sort()).toEqual(
      [
        [first, 1, 'keyed', 'approved'],
        [second, 1, 'keyed', 'approved'],
      ].sort(),
    );
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses status changes the lifecycle does not know', async () => {
    const { citizen, book } = await setup();
    const keyed = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[0]!, notInBook: [] });
    // A late autosave must not turn a keyed entry back into a draft.
    await expect(citizen.entries.saveDraft({ id: keyed.id, bookId: book.id, values: {}, notInBook: [] })).rejects.toMatchObject({ code: 'bad_transition' });
    expect((await citizen.entries.get(keyed.id)).status).toBe('keyed');
  });
});

describe('book lifecycle', () => {
  it('accepts a book only when every entry is settled, closes it, and re-opens it with a reason', async () => {
    const { store, citizen, book, as } = await setup();
    const draft = await citizen.entries.saveDraft({ bookId: book.id, values: { so: '01/2009' }, notInBook: [] });
    expect((await citizen.books.get(book.id)).status).toBe('registered');
    const keyed = await citizen.entries.saveKeyed({ id: draft.id, bookId: book.id, values: fixtures.KS[0]!, notInBook: [] });
    await citizen.entries.markDamaged({ bookId: book.id, page: '4', reason: 'torn', note: '' });
    expect((await citizen.books.get(book.id)).status).toBe('keying');
    await expect(citizen.books.advance(book.id, 'finishKeying')).rejects.toMatchObject({ code: 'forbidden_role' });

    await as(OFFICER);
    await citizen.books.advance(book.id, 'finishKeying');
    await expect(citizen.books.advance(book.id, 'accept')).rejects.toMatchObject({ code: 'entries_unsettled' });
    await citizen.review.approve([keyed.id]);
    // One entry and one damaged page against a survey of three: accepted with the officer's explanation.
    expect((await citizen.books.advance(book.id, 'accept', 'Trang 5 mất từ trước')).status).toBe('accepted');

    await as(CLERK);
    await expect(citizen.entries.saveKeyed({ id: keyed.id, bookId: book.id, values: fixtures.KS[0]!, notInBook: [] })).rejects.toMatchObject({ code: 'book_closed' });
    await as(OFFICER);
    await expect(citizen.books.advance(book.id, 'reopen', ' ')).rejects.toMatchObject({ code: 'reason_required' });
    expect((await citizen.books.advance(book.id, 'reopen', 'Sót mục số 02/2009')).status).toBe('keying');

    await as({ username: LEAD.username, password: LEAD.password });
    const moves = await store.audit.list({ actions: ['book.status_changed'] });
    expect(moves.map((m) => [m.details.from, m.details.to])).toEqual([
      ['accepted', 'keying'],
      ['keyed', 'accepted'],
      ['keying', 'keyed'],
      ['registered', 'keying'],
    ]);
    expect(moves[0]!.details.reason).toBe('Sót mục số 02/2009');
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('records the values a draft reached as changes when it is keyed', async () => {
    const { citizen, book, as } = await setup();
    const values = fixtures.KS[1]!;
    const draft = await citizen.entries.saveDraft({ bookId: book.id, values: { so: values.so }, notInBook: [] });
    await citizen.entries.saveDraft({ id: draft.id, bookId: book.id, values: { so: values.so, nksHoTen: values.nksHoTen }, notInBook: [] });
    await citizen.entries.saveKeyed({ id: draft.id, bookId: book.id, values, notInBook: [] });
    await as(OFFICER);
    const history = await citizen.review.history(draft.id);
    expect(history.map((h) => [h.action, h.from, h.to])).toEqual([
      ['entry.drafted', 'new', 'draft'],
      ['entry.created', 'draft', 'keyed'],
    ]);
    expect(history[1]!.changes).toContainEqual(['so', '', values.so]);
    expect(history[1]!.changes).toContainEqual(['nksHoTen', '', values.nksHoTen]);
  });
});
