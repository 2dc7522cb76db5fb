import { describe, expect, it } from 'vitest';
import type { EntryMove, ReportFacts } from '../../../../../shared/domain/report/facts';
import type { WorkSample } from '../../../../../shared/domain/verification';
import { periodFromDates, vnWeek, type ReportPeriod } from '../../../../../shared/domain/report/vn-calendar';
import { factsRange, weeklyReport, WEEKS_CHARTED } from '../../../../../shared/domain/report/weekly-report';

const min = 60_000;
const week = periodFromDates('01/12/2025', '07/12/2025') as ReportPeriod;
/** Monday 1 December 2025, 08:00 in Hà Nội. */
const monday8 = week.from + 8 * 60 * min;

const move = (over: Partial<EntryMove> & Pick<EntryMove, 'entryId'>): EntryMove => ({
  at: monday8,
  actorId: 'lan',
  bookId: 'b1',
  from: 'new',
  to: 'keyed',
  keyer: 'lan',
  ...over,
});

const sample = (over: Partial<WorkSample>): WorkSample => ({
  userId: 'lan',
  sessionId: 's1',
  kind: 'keying',
  at: monday8,
  keystrokes: 0,
  activeMs: 0,
  entries: 1,
  fieldsChecked: 0,
  errors: 0,
  fieldsWithErrors: 0,
  ...over,
});

const facts = (over: Partial<ReportFacts> = {}): ReportFacts => ({
  books: [
    { id: 'b1', type: 'KS', quyenSo: '01/2008', surveyed: 120, statusNow: { draft: 2, keyed: 3, approved: 5, returned: 1, damaged: 1 } },
    { id: 'b2', type: 'KS', quyenSo: '02/2008', surveyed: 80, statusNow: {} },
    { id: 'b3', type: 'KT', quyenSo: '01/2010', surveyed: 50, statusNow: { exported: 4 } },
  ],
  people: new Map([
    ['lan', 'Trần Thị Lan'],
    ['binh', 'Lê Văn Bình'],
    ['officer', 'Lê Thị Tư Pháp'],
  ]),
  moves: [],
  imports: [],
  exports: [],
  work: [],
  ...over,
});

describe('weekly report', () => {
  it('gives zeros, null rates and the surveyed totals for an empty period', () => {
    const report = weeklyReport(facts(), week, 3000);
    expect(report.totals).toMatchObject({ keyed: 0, approved: 0, surveyed: 250, doneToDate: 14, books: 3 });
    expect(report.cost).toBe(0);
    expect(report.people).toEqual([]);
    expect(report.types.map((t) => [t.type, t.books, t.surveyed, t.doneToDate])).toEqual([
      ['KS', 2, 200, 10],
      ['KT', 1, 50, 4],
    ]);
    expect(report.weeks).toHaveLength(WEEKS_CHARTED);
    expect(report.weeks.every((w) => w.keyed === 0)).toBe(true);
  });

  it('counts first keyings per book, not corrections, and each entry once per stage', () => {
    const report = weeklyReport(
      facts({
        moves: [
          move({ entryId: 'e1', from: 'draft' }),
          move({ entryId: 'e2', at: monday8 + min }),
          move({ entryId: 'e3', bookId: 'b3', at: monday8 + 2 * min }),
          move({ entryId: 'e1', actorId: 'officer', from: 'keyed', to: 'approved', at: monday8 + 60 * min }),
          move({ entryId: 'e2', actorId: 'officer', from: 'keyed', to: 'returned', at: monday8 + 61 * min }),
          move({ entryId: 'e2', from: 'returned', to: 'keyed', at: monday8 + 90 * min }),
          move({ entryId: 'e2', actorId: 'officer', from: 'keyed', to: 'approved', at: monday8 + 120 * min }),
          move({ entryId: 'e1', from: 'approved', to: 'keyed', at: monday8 + 130 * min }),
          move({ entryId: 'e1', actorId: 'officer', from: 'keyed', to: 'approved', at: monday8 + 140 * min }),
          move({ entryId: 'e4', from: 'new', to: 'damaged', at: monday8 + 3 * min }),
          move({ entryId: 'e4', from: 'damaged', to: 'damaged', at: monday8 + 4 * min }),
          move({ entryId: 'e5', bookId: 'b3', actorId: 'officer', from: 'approved', to: 'exported' }),
        ],
        exports: [
          { at: monday8, bookId: 'b3', exported: 4 },
          { at: week.to, bookId: 'b3', exported: 9 },
        ],
      }),
      week,
      3000,
    );
    const b1 = report.books.find((b) => b.bookId === 'b1');
    expect(b1).toMatchObject({ keyed: 2, approved: 2, returned: 1, damaged: 1, verified: 0, exported: 0 });
    // One entry moved on its own, four in a book export; the next week's export is not this week's.
    expect(report.books.find((b) => b.bookId === 'b3')).toMatchObject({ keyed: 1, exported: 5 });
    expect(report.types.find((t) => t.type === 'KS')).toMatchObject({ keyed: 2, approved: 2, returned: 1 });
    expect(report.totals).toMatchObject({ keyed: 3, approved: 2, returned: 1, damaged: 1, exported: 5 });
    expect(report.cost).toBe(9000);
  });

  it('leaves out what happened before Monday 00:00 or from the next Monday on, Vietnam time', () => {
    const report = weeklyReport(
      facts({
        moves: [
          move({ entryId: 'before', at: week.from - 1 }),
          move({ entryId: 'first', at: week.from }),
          move({ entryId: 'last', at: week.to - 1 }),
          move({ entryId: 'after', at: week.to }),
        ],
      }),
      week,
      3000,
    );
    expect(report.totals.keyed).toBe(2);
    expect(report.people[0]?.keyed).toBe(2);
  });

  it('gives each person entries, returns per 100 and the operator statistics of the period; imports add no time', () => {
    const lanSaves = [0, 2, 4, 6, 8, 10].map((m, n) => move({ entryId: `l${n}`, at: monday8 + m * min }));
    const report = weeklyReport(
      facts({
        moves: [
          ...lanSaves,
          move({ entryId: 'l0', actorId: 'officer', from: 'keyed', to: 'returned', at: monday8 + 300 * min, keyer: 'lan' }),
          move({ entryId: 'b0', actorId: 'binh', keyer: 'binh' }),
        ],
        imports: [{ at: monday8, actorId: 'binh', bookId: 'b2', keyed: 30 }],
        work: [
          // Lan keys six entries in 24 active minutes; a verification of one of them later finds 3 keyer errors.
          sample({ entries: 6, keystrokes: 3000, activeMs: 24 * min }),
          sample({ entries: 0, fieldsChecked: 10, errors: 3, fieldsWithErrors: 3, at: monday8 + 60 * min }),
          // Work outside the period counts in another week's report.
          sample({ entries: 50, keystrokes: 9000, activeMs: 60 * min, at: week.to }),
          sample({ userId: 'chi', kind: 'verifying', keystrokes: 400, activeMs: 6 * min, fieldsChecked: 10, errors: 1, fieldsWithErrors: 1, at: monday8 + 60 * min }),
        ],
        people: new Map([
          ['lan', 'Trần Thị Lan'],
          ['binh', 'Lê Văn Bình'],
          ['chi', 'Phạm Thị Chi'],
        ]),
      }),
      week,
      3000,
    );
    const lan = report.people.find((p) => p.id === 'lan');
    expect(lan).toMatchObject({ name: 'Trần Thị Lan', keyed: 6, imported: 0, returned: 1 });
    expect(lan?.returnedPer100).toBeCloseTo(100 / 6);
    expect(lan?.work).toMatchObject({ activeMs: 24 * min, entriesPerHour: 15, keystrokesPerHour: 7500, keyerErrorsPer1000: 1, verifierErrorsPer1000: null });
    // Bình keyed one entry without a measured save and imported 30 rows: no time, so no speed, rather than 0 or a flattering figure.
    const binh = report.people.find((p) => p.id === 'binh');
    expect(binh).toMatchObject({ keyed: 1, imported: 30, returned: 0, returnedPer100: 0, work: null });
    // Chi only verified: listed for her verifier errors, with nothing keyed.
    const chi = report.people.find((p) => p.id === 'chi');
    expect(chi).toMatchObject({ keyed: 0, imported: 0, returnedPer100: null, work: { entriesPerHour: 10, keyerErrorsPer1000: null, verifierErrorsPer1000: 2.5 } });
    // Sorted by name as Vietnamese sorts it; the officer only reviewed and is not listed.
    expect(report.people.map((p) => p.id)).toEqual(['binh', 'chi', 'lan']);
    expect(report.books.find((b) => b.bookId === 'b2')?.keyed).toBe(30);
    expect(report.cost).toBe((6 + 1 + 30) * 3000);
  });

  it('lists a keyer whose entry came back even when they keyed nothing that week', () => {
    const report = weeklyReport(facts({ moves: [move({ entryId: 'old', actorId: 'officer', from: 'keyed', to: 'returned' })] }), week, 3000);
    expect(report.people).toEqual([expect.objectContaining({ id: 'lan', keyed: 0, returned: 1, returnedPer100: null, work: null })]);
  });

  it('prices entries at the unit price given', () => {
    const report = weeklyReport(facts({ moves: [move({ entryId: 'a' }), move({ entryId: 'b' })] }), week, 4500);
    expect(report.cost).toBe(9000);
    expect(report.unitPrice).toBe(4500);
  });

  it('charts the eight weeks ending with the period’s last week, including keyed rows of imports', () => {
    const earlier = vnWeek(week.from - 3 * 7 * 86_400_000);
    const report = weeklyReport(
      facts({
        moves: [move({ entryId: 'x', at: earlier.from + 5 * min }), move({ entryId: 'y', at: monday8 }), move({ entryId: 'old', at: week.from - 8 * 7 * 86_400_000 })],
        imports: [{ at: earlier.from + 60 * min, actorId: 'binh', bookId: 'b2', keyed: 7 }],
      }),
      week,
      3000,
    );
    expect(report.weeks.map((w) => w.keyed)).toEqual([0, 0, 0, 0, 8, 0, 0, 1]);
    expect(report.weeks.at(-1)?.from).toBe(week.from);
  });

  it('asks for facts covering the period and the charted weeks', () => {
    const range = factsRange(week);
    expect(range.to).toBe(week.to);
    expect(range.from).toBe(week.from - 7 * 7 * 86_400_000);
    const long = periodFromDates('01/01/2025', '07/12/2025') as ReportPeriod;
    expect(factsRange(long).from).toBe(long.from);
    // A period ending mid-week still charts that whole week.
    const midweek = periodFromDates('01/12/2025', '03/12/2025') as ReportPeriod;
    expect(factsRange(midweek).to).toBe(week.to);
  });
});
