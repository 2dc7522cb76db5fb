import { describe, expect, it } from 'vitest';
import { weeklyReport } from '../../../../shared/domain/report/weekly-report';
import { vnWeek } from '../../../../shared/domain/report/vn-calendar';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import fixtures from '../../../fixtures/standard-entries.json';
import { LEAD, ksBook, provisioned } from './store-harness';

const CLERK = { username: 'nhap.lieu', password: 'Bàn phím số 42 ok' };
const OFFICER = { username: 'tu.phap', password: 'Hộ tịch xã 2009 ok' };
const MIN = 60_000;

async function setup() {
  const opened = await provisioned();
  const { store, clock } = opened;
  const citizen = createCitizenStore(store, definitionOf);
  const book = await citizen.books.create(ksBook({ surveyedCount: 60 }));
  const clerk = await store.users.create({ ...CLERK, displayName: 'NGUYỄN VĂN NHẬP', roles: ['clerk'] });
  await store.users.create({ ...OFFICER, displayName: 'LÊ THỊ TƯ PHÁP', roles: ['justice'] });
  const as = async (who: { username: string; password: string }) => {
    await store.lock('manual');
    await store.login(who.username, who.password);
  };
  return { store, clock, citizen, book, clerk, as };
}

describe('report facts', () => {
  it('reads status moves with their keyer, books with survey and status counts, and names, for users allowed reports only', async () => {
    const { clock, citizen, book, clerk, as } = await setup();
    const week = vnWeek(clock.now);
    await as(CLERK);
    const ids = [];
    for (const [n, values] of (fixtures.KS.slice(0, 3)).entries()) {
      clock.now += 2 * MIN;
      const work = { keystrokes: 600, activeMs: 2 * MIN };
      ids.push((await citizen.entries.saveKeyed({ bookId: book.id, values: { ...values, so: `${n + 1}/2008` }, notInBook: [], work })).id);
    }
    await expect(citizen.reports.facts(week)).rejects.toMatchObject({ code: 'forbidden_role' });

    await as(OFFICER);
    clock.now += 30 * MIN;
    await citizen.review.return(ids[0]!, 'Sai tên mẹ');
    await citizen.review.approve([ids[1]!, ids[2]!]);
    const facts = await citizen.reports.facts(week);

    expect(facts.books).toEqual([{ id: book.id, type: 'KS', quyenSo: '01/2008', surveyed: 60, statusNow: expect.objectContaining({ returned: 1, approved: 2, keyed: 0 }) }]);
    expect(facts.people.get(clerk.id)).toBe('NGUYỄN VĂN NHẬP');
    expect(facts.moves.filter((m) => m.to === 'keyed')).toHaveLength(3);
    expect(facts.moves.find((m) => m.to === 'returned')).toMatchObject({ entryId: ids[0], keyer: clerk.id, bookId: book.id, from: 'keyed' });
    // Nothing of the entries' values leaves the store with the facts.
    expect(JSON.stringify([...facts.moves, ...facts.books, ...facts.work])).not.toContain(fixtures.KS[0]!.nksHoTen);
    expect(facts.work).toHaveLength(3);

    const report = weeklyReport(facts, week, 3000);
    expect(report.books[0]).toMatchObject({ keyed: 3, approved: 2, returned: 1, doneToDate: 3 });
    // Time and speed are the operator statistics of the measured saves; nothing of the clerk's was verified yet.
    expect(report.people).toEqual([expect.objectContaining({ id: clerk.id, keyed: 3, returned: 1 })]);
    expect(report.people[0]?.work).toMatchObject({ activeMs: 6 * MIN, entriesPerHour: 30, keystrokesPerHour: 18_000, keyerErrorsPer1000: null });
    expect(report.cost).toBe(9000);

    // Outside the range, nothing moved.
    expect(await citizen.reports.facts({ from: week.to, to: week.to + 1000 })).toMatchObject({ moves: [], work: [] });
    await as(LEAD);
    expect((await citizen.reports.facts(week)).moves).toHaveLength(6);
  });

  it('counts the keyed rows of an Excel import for whoever imported them', async () => {
    const { clock, citizen, book, clerk, as } = await setup();
    await as(CLERK);
    await citizen.entries.importRows(
      book.id,
      'KS',
      fixtures.KS.slice(0, 2).map((values, n) => ({ values: { ...values, so: `${n + 10}/2008` }, status: 'keyed' as const })),
    );
    await as(LEAD);
    const week = vnWeek(clock.now);
    const facts = await citizen.reports.facts(week);
    expect(facts.imports).toEqual([expect.objectContaining({ actorId: clerk.id, bookId: book.id, keyed: 2 })]);
    // Imported rows were not keyed here: no work samples, so the report shows no time or speed rather than zero.
    expect(facts.work).toEqual([]);
    expect(weeklyReport(facts, week, 3000).people).toEqual([expect.objectContaining({ id: clerk.id, imported: 2, work: null })]);
  });
});
