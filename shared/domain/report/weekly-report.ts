/**
 * The weekly report (báo cáo tuần) computed from report facts: for the period, per register
 * type and per book how many entries were keyed, counted as damaged, verified, approved,
 * returned and exported; per person entries keyed and imported, returns per 100 entries and
 * the operator statistics of the period (shared/domain/verification: time without pauses,
 * speed, errors per 1,000 keystrokes), so the report and the statistics table cannot disagree;
 * the cost at the unit price; and entries keyed per week for the chart.
 * Pure and total: an empty period gives zeros, a rate without a base gives null ("—").
 *
 * Counting rules: a stage counts each entry once per period however often it reached it
 * (approved, edited, approved again is one approval). "Keyed" is an entry's first keyed save
 * (from new or draft), never a correction, plus the keyed rows of Excel imports; "exported"
 * adds the entries of each book export. Progress
 * against the survey is the books' state now, whatever period is chosen.
 */
import type { EntryStatus } from '../lifecycle';
import { statsPerPerson, type OperatorStats } from '../verification/operator-stats';
import type { EntryMove, ReportFacts } from './facts';
import { weeksEnding, type ReportPeriod } from './vn-calendar';

/** The provinces' usual budget per entry keyed (DOMAIN.md §1). */
export const DEFAULT_UNIT_PRICE = 3_000;
/** Far above any province's budget per entry: a bound against a mistyped extra zero or three. */
export const MAX_UNIT_PRICE = 1_000_000;
export const WEEKS_CHARTED = 8;

export const stages = ['keyed', 'damaged', 'verified', 'approved', 'returned', 'exported'] as const;
export type Stage = (typeof stages)[number];
export type StageCounts = Record<Stage, number>;

export interface BookLine extends StageCounts {
  readonly bookId: string;
  readonly type: string;
  readonly quyenSo: string;
  readonly surveyed: number;
  /** Entries keyed or counted as damaged so far, in any status but draft. */
  readonly doneToDate: number;
}

export interface TypeLine extends StageCounts {
  readonly type: string;
  readonly books: number;
  readonly surveyed: number;
  readonly doneToDate: number;
}

export interface PersonLine {
  readonly id: string;
  readonly name: string;
  /** Entries this person keyed in the app (first keyed save). */
  readonly keyed: number;
  /** Keyed rows this person brought in from Excel files: no work samples, so no time or speed to go with them. */
  readonly imported: number;
  /** This person's entries that the officer returned in the period. */
  readonly returned: number;
  readonly returnedPer100: number | null;
  /** Operator statistics over the person's work samples in the period; null without any ("no data yet"). */
  readonly work: OperatorStats | null;
}

export interface WeekLine {
  readonly from: number;
  readonly to: number;
  readonly keyed: number;
}

export interface WeeklyReport {
  readonly period: ReportPeriod;
  readonly unitPrice: number;
  readonly totals: StageCounts & { readonly surveyed: number; readonly doneToDate: number; readonly books: number };
  readonly cost: number;
  readonly types: readonly TypeLine[];
  readonly books: readonly BookLine[];
  readonly people: readonly PersonLine[];
  readonly weeks: readonly WeekLine[];
}

/** The time range whose facts the report needs: the period and the charted weeks. */
export function factsRange(period: ReportPeriod): ReportPeriod {
  const weeks = weeksEnding(period, WEEKS_CHARTED);
  return { from: Math.min(period.from, weeks[0]?.from ?? period.from), to: Math.max(period.to, weeks.at(-1)?.to ?? period.to) };
}

const zeroCounts = (): StageCounts => ({ keyed: 0, damaged: 0, verified: 0, approved: 0, returned: 0, exported: 0 });

const isFirstKeying = (m: EntryMove): boolean => m.to === 'keyed' && (m.from === 'new' || m.from === 'draft');

/** The stage a move counts for, if any: reaching a status it was not already in. */
function stageOf(m: EntryMove): Stage | null {
  if (m.to === 'keyed') return isFirstKeying(m) ? 'keyed' : null;
  return m.to !== m.from && (stages as readonly string[]).includes(m.to) ? (m.to as Stage) : null;
}

const doneStatuses: readonly EntryStatus[] = ['keyed', 'verified', 'approved', 'returned', 'exported', 'damaged'];

const within = (period: ReportPeriod) => (at: number) => at >= period.from && at < period.to;

const ratio = (count: number, base: number, scale: number): number | null => (base > 0 ? (count / base) * scale : null);

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

function addCounts(into: StageCounts, from: StageCounts): void {
  for (const stage of stages) into[stage] += from[stage];
}

/** Counts per book of what happened in batches (imports, exports) rather than entry by entry. */
function perBook<T extends { at: number; bookId: string }>(items: readonly T[], period: ReportPeriod, count: (item: T) => number): Map<string, number> {
  const inPeriod = within(period);
  const totals = new Map<string, number>();
  for (const item of items) if (inPeriod(item.at)) totals.set(item.bookId, (totals.get(item.bookId) ?? 0) + count(item));
  return totals;
}

function bookLines(facts: ReportFacts, moves: readonly EntryMove[], period: ReportPeriod): BookLine[] {
  const imported = perBook(facts.imports, period, (i) => i.keyed);
  const exported = perBook(facts.exports, period, (e) => e.exported);
  const reached = new Map<string, Set<string>>();
  for (const m of moves) {
    const stage = stageOf(m);
    if (!stage) continue;
    const key = `${m.bookId}\u0000${stage}`;
    reached.set(key, (reached.get(key) ?? new Set()).add(m.entryId));
  }
  return facts.books
    .map((book) => {
      const counts = zeroCounts();
      for (const stage of stages) counts[stage] = reached.get(`${book.id}\u0000${stage}`)?.size ?? 0;
      counts.keyed += imported.get(book.id) ?? 0;
      counts.exported += exported.get(book.id) ?? 0;
      return {
        ...counts,
        bookId: book.id,
        type: book.type,
        quyenSo: book.quyenSo,
        surveyed: book.surveyed,
        doneToDate: sum(doneStatuses, (s) => book.statusNow[s] ?? 0),
      };
    })
    .sort((a, b) => a.type.localeCompare(b.type) || a.quyenSo.localeCompare(b.quyenSo, 'vi', { numeric: true }));
}

function typeLines(books: readonly BookLine[]): TypeLine[] {
  const byType = new Map<string, BookLine[]>();
  for (const book of books) byType.set(book.type, [...(byType.get(book.type) ?? []), book]);
  return [...byType].map(([type, lines]) => {
    const counts = zeroCounts();
    for (const line of lines) addCounts(counts, line);
    return { ...counts, type, books: lines.length, surveyed: sum(lines, (l) => l.surveyed), doneToDate: sum(lines, (l) => l.doneToDate) };
  });
}

function personLines(facts: ReportFacts, moves: readonly EntryMove[], period: ReportPeriod): PersonLine[] {
  const inPeriod = within(period);
  const imports = facts.imports.filter((i) => inPeriod(i.at));
  const work = new Map(statsPerPerson(facts.work.filter((w) => inPeriod(w.at))).map((stats) => [stats.userId, stats]));
  const ids = new Set<string>(work.keys());
  const note = (id: string | null) => id !== null && ids.add(id);
  moves.filter(isFirstKeying).forEach((m) => note(m.actorId));
  moves.filter((m) => m.to === 'returned').forEach((m) => note(m.keyer));
  imports.forEach((i) => note(i.actorId));
  return [...ids]
    .map((id): PersonLine => {
      const keyed = new Set(moves.filter((m) => m.actorId === id && isFirstKeying(m)).map((m) => m.entryId)).size;
      const imported = sum(
        imports.filter((i) => i.actorId === id),
        (i) => i.keyed,
      );
      const returned = new Set(moves.filter((m) => m.to === 'returned' && m.keyer === id).map((m) => m.entryId)).size;
      return {
        id,
        name: facts.people.get(id) ?? id,
        keyed,
        imported,
        returned,
        returnedPer100: ratio(returned, keyed + imported, 100),
        work: work.get(id) ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function weekLines(facts: ReportFacts, period: ReportPeriod): WeekLine[] {
  return weeksEnding(period, WEEKS_CHARTED).map((week) => {
    const inWeek = within(week);
    const keyed = new Set(facts.moves.filter((m) => inWeek(m.at) && isFirstKeying(m)).map((m) => m.entryId)).size;
    return { ...week, keyed: keyed + sum(facts.imports.filter((i) => inWeek(i.at)), (i) => i.keyed) };
  });
}

export function weeklyReport(facts: ReportFacts, period: ReportPeriod, unitPrice: number): WeeklyReport {
  const inPeriod = within(period);
  const moves = facts.moves.filter((m) => inPeriod(m.at));
  const books = bookLines(facts, moves, period);
  const types = typeLines(books);
  const totals = zeroCounts();
  for (const line of types) addCounts(totals, line);
  return {
    period,
    unitPrice,
    totals: { ...totals, surveyed: sum(types, (t) => t.surveyed), doneToDate: sum(types, (t) => t.doneToDate), books: books.length },
    cost: totals.keyed * unitPrice,
    types,
    books,
    people: personLines(facts, moves, period),
    weeks: weekLines(facts, period),
  };
}
