import { describe, expect, it } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import fixtures from '../../../fixtures/standard-entries.json';
import { LEAD, ksBook, provisioned } from './store-harness';

const KS_BOOK = ksBook();

async function setup() {
  const opened = await provisioned();
  const citizen = createCitizenStore(opened.store, definitionOf);
  const book = await citizen.books.create(KS_BOOK);
  await opened.store.users.create({ username: 'clerk.a', displayName: 'NHẬP LIỆU', roles: ['clerk', 'police'], password: 'Bàn phím số 42 ok' });
  await opened.store.lock('manual');
  await opened.store.login('clerk.a', 'Bàn phím số 42 ok');
  return { ...opened, citizen, book };
}

describe('books and entries', () => {
  it('keys fixture entries, counts them per book and finds them by unaccented partial names', async () => {
    const { citizen, book } = await setup();
    const entries = fixtures.KS.slice(0, 12);
    for (const values of entries) await citizen.entries.saveKeyed({ bookId: book.id, values, notInBook: [] });
    await citizen.entries.markDamaged({ bookId: book.id, page: '7', reason: 'faded', note: '' });
    const stats = await citizen.books.stats(book.id);
    expect(stats).toMatchObject({ keyed: 12, damaged: 1, drafts: 0 });
    expect(stats.clerks).toHaveLength(1);
    expect((await citizen.books.get(book.id)).status).toBe('keying');

    const first = entries[0]!;
    const [family, ...rest] = first.nksHoTen.split(' ');
    const query = `${rest.at(-1)!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()} ${family!.slice(0, 3).toLowerCase()}`;
    const found = await citizen.entries.open(await citizen.entries.find({ name: query }));
    expect(found.map((e) => e.values.nksHoTen)).toContain(first.nksHoTen);
    expect(found.every((e) => e.values.nksHoTen?.includes(rest.at(-1)!))).toBe(true);

    const byYear = await citizen.entries.find({ birthYear: first.nksNgaySinh.slice(-4), bookId: book.id });
    expect(byYear.length).toBeGreaterThan(0);
    expect(await citizen.entries.find({ so: first.so })).toHaveLength(1);
    expect(await citizen.entries.find({ status: 'damaged' })).toHaveLength(1);
  });

  it('imports many entries in audited chunks', async () => {
    const { store, citizen, book } = await setup();
    const ids = await citizen.entries.bulkKeyed(book.id, fixtures.KS.map((values) => ({ values, notInBook: [] })));
    expect(ids).toHaveLength(fixtures.KS.length);
    expect((await citizen.books.stats(book.id)).keyed).toBe(fixtures.KS.length);
    const opened = await citizen.entries.open(ids.slice(0, 3));
    expect(opened.map((e) => e.values.nksHoTen)).toEqual(fixtures.KS.slice(0, 3).map((v) => v.nksHoTen));
    const imported = await store.audit.list({ actions: ['entry.imported'] });
    expect(imported.reduce((n, e) => n + Number(e.details.count), 0)).toBe(fixtures.KS.length);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('tells a duplicate registration number in the same book', async () => {
    const { citizen, book } = await setup();
    const values = fixtures.KS[0]!;
    const saved = await citizen.entries.saveKeyed({ bookId: book.id, values, notInBook: [] });
    expect(await citizen.entries.soTaken(book.id, values.so)).toBe(true);
    expect(await citizen.entries.soTaken(book.id, values.so, saved.id)).toBe(false);
    expect(await citizen.entries.soTaken(book.id, '99/2008')).toBe(false);
  });

  it('finds the same event keyed in another book as a probable duplicate', async () => {
    const { store, citizen, book } = await setup();
    const values = fixtures.KS[3]!;
    await citizen.entries.saveKeyed({ bookId: book.id, values, notInBook: [] });
    await store.lock('manual');
    await store.login(LEAD.username, LEAD.password);
    const other = await citizen.books.create({ ...KS_BOOK, quyenSo: '02/2008' });
    await store.lock('manual');
    await store.login('clerk.a', 'Bàn phím số 42 ok');
    const dupes = await citizen.entries.probableDuplicates(other.id, { ...values, so: '77/2008', nksHoTen: values.nksHoTen.normalize('NFD').toLowerCase() });
    expect(dupes).toHaveLength(1);
    expect(await citizen.entries.probableDuplicates(book.id, values)).toHaveLength(0);
    expect(await citizen.entries.probableDuplicates(other.id, { ...values, nksNgaySinh: '01.01.1999' })).toHaveLength(0);
  });

  it('keeps drafts, then records field-level changes in the audit log on save', async () => {
    const { store, citizen, book } = await setup();
    const values = { ...fixtures.KS[1]! };
    const draft = await citizen.entries.saveDraft({ bookId: book.id, values: { so: values.so }, notInBook: ['nksNoiSinh'] });
    expect(draft.status).toBe('draft');
    const keyed = await citizen.entries.saveKeyed({ id: draft.id, bookId: book.id, values, notInBook: ['nksNoiSinh'] });
    expect(keyed.id).toBe(draft.id);
    expect(keyed.notInBook).toEqual(['nksNoiSinh']);
    await citizen.entries.saveKeyed({ id: draft.id, bookId: book.id, values: { ...values, nksHoTen: 'NGUYỄN VĂN SỬA' }, notInBook: [] });
    const log = await store.audit.list({ actions: ['entry.created', 'entry.updated'] });
    expect(log.map((e) => e.action)).toEqual(['entry.updated', 'entry.created']);
    expect(JSON.parse(String(log[0]!.details.changes))).toEqual([['nksHoTen', values.nksHoTen, 'NGUYỄN VĂN SỬA']]);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('stores no name in plaintext and refuses technicians and clerks what their roles lack', async () => {
    const { store, citizen, book } = await setup();
    await citizen.entries.saveKeyed({ bookId: book.id, values: { ...fixtures.KS[2]!, nksHoTen: 'HOÀNG THỊ ĐẶNG XUYẾN' }, notInBook: [] });
    const dump = JSON.stringify(
      await Promise.all(store.db.tables.map((t) => t.toArray())),
      (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v),
    );
    for (const secret of ['XUYẾN', 'XUYEN', 'Thanh Ngọc', KS_BOOK.registeringBody]) {
      expect(dump.includes(secret)).toBe(false);
      expect(dump.includes(secret.normalize('NFD'))).toBe(false);
    }
    await store.lock('manual');
    await store.login(LEAD.username, LEAD.password);
    await store.users.create({ username: 'kt.vien', displayName: 'KỸ THUẬT', roles: ['technician'], password: 'Máy tính xách tay 7' });
    await store.lock('manual');
    await store.login('kt.vien', 'Máy tính xách tay 7');
    await expect(citizen.entries.find({})).rejects.toMatchObject({ code: 'forbidden_role' });
    await expect(citizen.books.list()).rejects.toMatchObject({ code: 'forbidden_role' });
    await store.lock('manual');
    await store.login('clerk.a', 'Bàn phím số 42 ok');
    expect(await citizen.entries.find({})).toHaveLength(1);
    await expect(citizen.books.create(KS_BOOK)).rejects.toMatchObject({ code: 'forbidden_role' });
  });
});
