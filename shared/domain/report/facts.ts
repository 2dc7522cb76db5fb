/**
 * What the weekly report is computed from, as the store hands it over: the books with their
 * surveyed counts and current status counts, the people, each entry's status moves in a
 * time range read back from the audit log, and the work samples of operator statistics in that
 * range. Shapes only; counts and names, never citizen data.
 */
import type { EntryOrigin, EntryStatus } from '../lifecycle';
import type { WorkSample } from '../verification/operator-stats';

export interface ReportBook {
  readonly id: string;
  readonly type: string;
  readonly quyenSo: string;
  readonly surveyed: number;
  /** Entries of the book by their status now (not at the period's end). */
  readonly statusNow: Readonly<Partial<Record<EntryStatus, number>>>;
}

/** One entry changing status, e.g. keyed → approved, with who did it and whose entry it is. */
export interface EntryMove {
  readonly at: number;
  readonly actorId: string | null;
  readonly entryId: string;
  readonly bookId: string;
  readonly from: EntryOrigin;
  readonly to: EntryStatus;
  /** Who first keyed the entry: whom a return counts against. */
  readonly keyer: string | null;
}

/** Entries created by one chunk of an Excel import: counted, not attributed to a keying time. */
export interface EntryImport {
  readonly at: number;
  readonly actorId: string | null;
  readonly bookId: string;
  readonly keyed: number;
}

/** A book's approved entries written out for the Ministry: one audit entry moves them all to exported. */
export interface BookExport {
  readonly at: number;
  readonly bookId: string;
  readonly exported: number;
}

export interface ReportFacts {
  readonly books: readonly ReportBook[];
  readonly people: ReadonlyMap<string, string>;
  readonly moves: readonly EntryMove[];
  readonly imports: readonly EntryImport[];
  readonly exports: readonly BookExport[];
  /** Keyed saves and verifications as the forms measured them: time, speed and error rates come from these alone. */
  readonly work: readonly WorkSample[];
}
