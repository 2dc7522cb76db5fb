import { describe, expect, it } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import { StoreError } from '../../../../renderer/store/types';
import fixtures from '../../../fixtures/standard-entries.json';
import { ksBook, provisioned } from './store-harness';

const CLERKS = [
  { username: 'clerk.a', displayName: 'NHẬP LIỆU A', roles: ['clerk' as const], password: 'Bàn phím số 42 ok' },
  { username: 'clerk.b', displayName: 'NHẬP LIỆU B', roles: ['clerk' as const], password: 'Bàn phím số 43 ok' },
];

async function keyedEntry() {
  const opened = await provisioned();
  const citizen = createCitizenStore(opened.store, definitionOf);
  const book = await citizen.books.create(ksBook());
  for (const clerk of CLERKS) await opened.store.users.create(clerk);
  const as = async (index: number) => {
    await opened.store.lock('manual');
    await opened.store.login(CLERKS[index]!.username, CLERKS[index]!.password);
  };
  await as(0);
  const values = fixtures.KS[0]!;
  const entry = await citizen.entries.saveKeyed({ bookId: book.id, values, notInBook: [] });
  return { ...opened, citizen, book, entry, values, as };
}

const RENAMED = 'NGUYỄN THỊ HỒNG NHUNG';

describe('held edits of keyed entries', () => {
  it('keeps what was typed sealed across a lock, for its typist only, until the entry is saved', async () => {
    const { store, citizen, book, entry, values, as } = await keyedEntry();
    await citizen.heldEdits.hold({ id: entry.id, bookId: book.id, values: { ...values, nksHoTen: ` ${RENAMED.normalize('NFD')} ` }, notInBook: ['ghiChu'], pages: [] });

    const dump = JSON.stringify(await store.db.heldEdits.toArray(), (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    expect(dump).not.toContain(RENAMED);
    expect(dump).not.toContain(RENAMED.normalize('NFD'));

    await as(1);
    expect(await citizen.heldEdits.held(entry.id)).toBeNull();
    await as(0);
    const held = await citizen.heldEdits.held(entry.id);
    expect(held).toMatchObject({ values: { nksHoTen: RENAMED }, notInBook: ['ghiChu'] });
    expect(held!.values.nksHoTen).toBe(RENAMED.normalize('NFC'));

    await citizen.entries.saveKeyed({ id: entry.id, bookId: book.id, values: held!.values, notInBook: held!.notInBook });
    expect(await store.db.heldEdits.count()).toBe(0);
  });

  it('drops an edit held against a version of the entry that has since changed', async () => {
    const { store, citizen, book, entry, values, as } = await keyedEntry();
    await citizen.heldEdits.hold({ id: entry.id, bookId: book.id, values: { ...values, nksHoTen: RENAMED }, notInBook: [], pages: [] });
    await as(1);
    await citizen.entries.saveKeyed({ id: entry.id, bookId: book.id, values: { ...values, ghiChu: 'sửa theo sổ' }, notInBook: [] });
    await citizen.heldEdits.hold({ id: entry.id, bookId: book.id, values, notInBook: [], pages: [] });
    await as(0);
    // clerk.b's hold replaced clerk.a's; a fresh save by clerk.a would drop clerk.b's too.
    expect(await citizen.heldEdits.held(entry.id)).toBeNull();
    await as(1);
    expect(await citizen.heldEdits.held(entry.id)).not.toBeNull();
    await store.db.entries.update(entry.id, { sealed: new Uint8Array([...(await store.db.entries.get(entry.id))!.sealed].reverse()) });
    expect(await citizen.heldEdits.held(entry.id)).toBeNull();
    expect(await store.db.heldEdits.count()).toBe(0);
  });

  it('holds nothing for a draft, an unknown entry or another book', async () => {
    const { citizen, book, entry, values } = await keyedEntry();
    const draft = await citizen.entries.saveDraft({ bookId: book.id, values: { so: '9' }, notInBook: [] });
    const attempt = (id: typeof entry.id, bookId = book.id) => citizen.heldEdits.hold({ id, bookId, values, notInBook: [], pages: [] });
    await expect(attempt(draft.id)).rejects.toMatchObject({ code: 'bad_transition' });
    await expect(attempt('e-unknown' as typeof entry.id)).rejects.toBeInstanceOf(StoreError);
    await expect(attempt(entry.id, draft.id as unknown as typeof book.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
