import { describe, expect, it } from 'vitest';
import { registerTypes } from '../../../../shared/domain/register-types';
import { NO_VERIFICATION, type VerificationPolicy } from '../../../../shared/domain/verification';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import type { EntryId } from '../../../../renderer/store/types';
import fixtures from '../../../fixtures/standard-entries.json';
import { LEAD, ksBook, provisioned } from './store-harness';

const CLERK_A = { username: 'nhap.a', password: 'Bàn phím số 42 ok' };
const CLERK_B = { username: 'nhap.b', password: 'Bàn phím số 43 ok' };
const OFFICER = { username: 'tu.phap', password: 'Hộ tịch xã 2009 ok' };
const ALL: VerificationPolicy = { ...NO_VERIFICATION, mode: 'all' };
const VALUES = fixtures.KS[0]!;
const FIELD_KEYS = registerTypes.KS.fields.filter((f) => f.kind !== 'date-words').map((f) => f.key);

/** The verifier re-keys every field as the keyer did, except where `typed` says otherwise. */
const attemptsFor = (values: Record<string, string>, typed: Record<string, string[]> = {}) =>
  Object.fromEntries(FIELD_KEYS.map((k) => [k, typed[k] ?? [values[k] ?? '']]));

async function setup(policy: VerificationPolicy = ALL) {
  const opened = await provisioned();
  const { store } = opened;
  const citizen = createCitizenStore(store, definitionOf);
  const book = await citizen.books.create(ksBook({ verification: policy }));
  const clerkA = await store.users.create({ ...CLERK_A, displayName: 'NGUYỄN VĂN A', roles: ['clerk'] });
  const clerkB = await store.users.create({ ...CLERK_B, displayName: 'TRẦN VĂN B', roles: ['clerk'] });
  const officer = await store.users.create({ ...OFFICER, displayName: 'LÊ THỊ TƯ PHÁP', roles: ['justice'] });
  const as = async (who: { username: string; password: string }) => {
    await store.lock('manual');
    await store.login(who.username, who.password);
  };
  return { ...opened, citizen, book, clerkA, clerkB, officer, as };
}

describe('dependent verification', () => {
  it('keeps an entry the policy selects out of review until another clerk verifies it, counting keyer and verifier errors', async () => {
    const { clock, citizen, book, clerkA, clerkB, as } = await setup();
    expect((await citizen.books.get(book.id)).verification).toEqual(ALL);

    await as(CLERK_A);
    const keyed = await citizen.entries.saveKeyed({ bookId: book.id, values: VALUES, notInBook: [], work: { keystrokes: 800, activeMs: 240_000 } });
    expect(await citizen.verification.next(book.id)).toBeNull();
    await expect(citizen.verification.saveDependent(keyed.id, attemptsFor(VALUES), { keystrokes: 1, activeMs: 1 })).rejects.toMatchObject({ code: 'own_entry' });

    await as(OFFICER);
    expect(await citizen.review.queue(book.id)).toEqual([]);
    await expect(citizen.review.approve([keyed.id])).rejects.toMatchObject({ code: 'bad_transition' });

    await as(CLERK_B);
    const task = await citizen.verification.next(book.id);
    expect(task).toMatchObject({ entry: { id: keyed.id }, method: 'dependent', fields: FIELD_KEYS });
    const typed = { nksHoTen: ['NGUYỄN MỸ HOÀ', 'nguyễn mỹ hoà'], meHoTen: ['NGUYỄN THỊ XUÂNG', 'NGUYỄN THỊ XUÂN'] };
    await expect(
      citizen.verification.saveDependent(keyed.id, attemptsFor(VALUES, { ...typed, chaHoTen: ['NGUYỄN QUANG ANH'] }), { keystrokes: 1, activeMs: 1 }),
    ).rejects.toMatchObject({ code: 'verification_incomplete' });
    clock.now += 60_000;
    const verified = await citizen.verification.saveDependent(keyed.id, attemptsFor(VALUES, typed), { keystrokes: 900, activeMs: 300_000 });
    expect(verified).toMatchObject({ status: 'verified', updatedBy: clerkA.id, values: { nksHoTen: 'NGUYỄN MỸ HOÀ', meHoTen: 'NGUYỄN THỊ XUÂN' } });
    expect(await citizen.verification.next(book.id)).toBeNull();
    expect(await citizen.verification.result(keyed.id)).toMatchObject({
      by: clerkB.id,
      keyer: clerkA.id,
      keyerErrors: 1,
      verifierErrors: 1,
      fieldsWithErrors: 2,
      fields: { nksHoTen: { value: 'NGUYỄN MỸ HOÀ', keyerErrors: 1, verifierErrors: 0, attempts: 2 } },
    });
    expect(await citizen.doubleEntry.result(keyed.id)).toBeNull();

    await as(OFFICER);
    expect(await citizen.review.queue(book.id)).toEqual([keyed.id]);
    const history = await citizen.review.history(keyed.id);
    expect(history.find((h) => h.action === 'entry.verified')).toMatchObject({ from: 'keyed', to: 'verified', changes: [['nksHoTen', 'NGUYỄN MỸ HOA', 'NGUYỄN MỸ HOÀ']] });
    const [approved] = await citizen.review.approve([keyed.id]);
    expect(approved?.status).toBe('approved');

    await as(LEAD);
    const stats = await citizen.verification.stats();
    const of = (id: string) => stats.perPerson.find((s) => s.userId === id);
    expect(of(clerkA.id)).toMatchObject({ entries: 1, keystrokes: 800, activeMs: 240_000, keyerErrors: 1, verifierErrors: 0, fieldsChecked: FIELD_KEYS.length });
    expect(of(clerkA.id)?.keyerErrorsPer1000).toBeCloseTo(1.25);
    expect(of(clerkB.id)).toMatchObject({ entries: 1, keystrokes: 900, keyerErrors: 0, verifierErrors: 1, entriesPerHour: 12 });
    // The keyer's errors count in the session the entry was keyed in.
    expect(stats.perSession.filter((s) => s.userId === clerkA.id)).toHaveLength(1);
  });

  it('a book without a policy sends keyed entries straight to review and offers nothing to verify', async () => {
    const { citizen, book, as } = await setup(NO_VERIFICATION);
    await as(CLERK_A);
    const keyed = await citizen.entries.saveKeyed({ bookId: book.id, values: VALUES, notInBook: [] });
    await as(CLERK_B);
    expect(await citizen.verification.next(book.id)).toBeNull();
    await expect(citizen.verification.saveDependent(keyed.id, attemptsFor(VALUES), { keystrokes: 1, activeMs: 1 })).rejects.toMatchObject({
      code: 'bad_transition',
    });
    await as(OFFICER);
    expect(await citizen.review.queue(book.id)).toEqual([keyed.id]);
  });

  it('every n-th entry from a random start; the start survives edits of the book with the same n', async () => {
    const { clock, citizen, book, as } = await setup({ ...ALL, mode: 'nth', n: 3 });
    const { verification } = await citizen.books.get(book.id);
    await as(LEAD);
    const edited = await citizen.books.update(book.id, { ...ksBook(), notes: 'sửa ghi chú', verification: { ...verification, seed: 0 } });
    expect(edited.verification.seed).toBe(verification.seed);
    await as(CLERK_A);
    const ids: EntryId[] = [];
    for (let i = 0; i < 6; i++, clock.now += 1000) ids.push((await citizen.entries.saveKeyed({ bookId: book.id, values: { ...VALUES, so: `${i + 1}/2008` }, notInBook: [] })).id);
    await as(OFFICER);
    const queue = await citizen.review.queue(book.id);
    const start = 1 + (verification.seed % 3);
    expect(ids.filter((id) => !queue.includes(id)).map((id) => ids.indexOf(id) + 1)).toEqual([start, start + 3]);
  });

  it('only selected fields are re-keyed', async () => {
    const { citizen, book, as } = await setup({ ...ALL, fields: ['meHoTen', 'nksHoTen'] });
    await as(CLERK_A);
    const keyed = await citizen.entries.saveKeyed({ bookId: book.id, values: VALUES, notInBook: [] });
    await as(CLERK_B);
    expect((await citizen.verification.next(book.id))?.fields).toEqual(['nksHoTen', 'meHoTen']);
    const verified = await citizen.verification.saveDependent(keyed.id, { nksHoTen: [VALUES.nksHoTen], meHoTen: [VALUES.meHoTen] }, { keystrokes: 30, activeMs: 9000 });
    expect(verified.status).toBe('verified');
  });
});

describe('independent double entry', () => {
  const DOUBLE: VerificationPolicy = { ...ALL, method: 'independent', fields: ['nksHoTen', 'meHoTen', 'chaHoTen'] };

  it('keeps the second keying beside the first; differences wait for the officer, who picks A, B or types the value', async () => {
    const { citizen, book, clerkA, clerkB, officer, as } = await setup(DOUBLE);
    await as(CLERK_A);
    const keyed = await citizen.entries.saveKeyed({ bookId: book.id, values: VALUES, notInBook: [] });
    await expect(citizen.doubleEntry.saveSecondKeying(keyed.id, VALUES, { keystrokes: 1, activeMs: 1 })).rejects.toMatchObject({ code: 'own_entry' });

    await as(CLERK_B);
    await expect(citizen.verification.saveDependent(keyed.id, attemptsFor(VALUES), { keystrokes: 1, activeMs: 1 })).rejects.toMatchObject({ code: 'bad_transition' });
    const second = { nksHoTen: 'nguyễn mỹ hoa', meHoTen: 'NGUYỄN THỊ XUÂNG', chaHoTen: 'NGUYỄN QUANG ANH' };
    expect(await citizen.doubleEntry.saveSecondKeying(keyed.id, second, { keystrokes: 60, activeMs: 20_000 })).toMatchObject({ status: 'verified' });

    await as(OFFICER);
    expect(await citizen.review.queue(book.id)).toEqual([]);
    await expect(citizen.review.approve([keyed.id])).rejects.toMatchObject({ code: 'bad_transition' });
    expect(await citizen.doubleEntry.arbitrationQueue(book.id)).toEqual([keyed.id]);
    expect(await citizen.doubleEntry.result(keyed.id)).toMatchObject({ keyer: clerkA.id, by: clerkB.id, fields: 3, differences: 2, arbitration: null });
    expect(await citizen.verification.result(keyed.id)).toBeNull();
    const { differences } = await citizen.doubleEntry.arbitration(keyed.id);
    expect(differences).toEqual([
      { key: 'meHoTen', a: 'NGUYỄN THỊ XUÂN', b: 'NGUYỄN THỊ XUÂNG' },
      { key: 'chaHoTen', a: 'NGUYỄN QUANG AN', b: 'NGUYỄN QUANG ANH' },
    ]);
    await expect(citizen.doubleEntry.arbitrate(keyed.id, { meHoTen: { pick: 'a' } })).rejects.toMatchObject({ code: 'verification_incomplete' });
    const approved = await citizen.doubleEntry.arbitrate(keyed.id, { meHoTen: { pick: 'a' }, chaHoTen: { pick: 'typed', value: 'nguyễn quang ánh' } });
    expect(approved).toMatchObject({ status: 'approved', updatedBy: clerkA.id, values: { meHoTen: 'NGUYỄN THỊ XUÂN', chaHoTen: 'NGUYỄN QUANG ÁNH' } });
    expect(await citizen.doubleEntry.arbitrationQueue(book.id)).toEqual([]);
    // Keying A had the father's name wrong, keying B both names; neither had the typed one.
    expect(await citizen.doubleEntry.result(keyed.id)).toMatchObject({ differences: 2, arbitration: { by: officer.id, keyerErrors: 1, verifierErrors: 2, typed: 1 } });

    await as(LEAD);
    const { perPerson } = await citizen.verification.stats();
    expect(perPerson.find((s) => s.userId === clerkA.id)).toMatchObject({ keyerErrors: 1, fieldsChecked: 3 });
    expect(perPerson.find((s) => s.userId === clerkB.id)).toMatchObject({ verifierErrors: 2, keystrokes: 60 });
  });

  it('two equal keyings need no arbitration: the entry goes to review', async () => {
    const { citizen, book, as } = await setup(DOUBLE);
    await as(CLERK_A);
    const keyed = await citizen.entries.saveKeyed({ bookId: book.id, values: VALUES, notInBook: [] });
    await as(CLERK_B);
    await citizen.doubleEntry.saveSecondKeying(keyed.id, { nksHoTen: VALUES.nksHoTen, meHoTen: VALUES.meHoTen, chaHoTen: VALUES.chaHoTen }, { keystrokes: 1, activeMs: 1 });
    await as(OFFICER);
    expect(await citizen.doubleEntry.arbitrationQueue(book.id)).toEqual([]);
    expect(await citizen.review.queue(book.id)).toEqual([keyed.id]);
  });
});
