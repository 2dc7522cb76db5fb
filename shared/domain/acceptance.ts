/**
 * The acceptance check of a book (nghiệm thu, DOMAIN.md §1 and §6): from the book's survey
 * count and its entries (status, values, page link) it lists what the justice
 * officer must see before signing the book off, and decides for each line whether it blocks
 * acceptance, needs the officer's written explanation, or is fine. Pure; the store runs it on
 * entries it opened and refuses an acceptance the check does not allow.
 */
import type { FullDate } from './partial-date';
import type { RegisterTypeDef } from './field-kinds';
import { unsettledStatuses, type EntryStatus } from './lifecycle';
import { hasErrors, validateEntry, type Issue } from './validation';

/** `block`: cannot be accepted until fixed. `explain`: may be accepted with a written note saying why. */
export type CheckLevel = 'ok' | 'explain' | 'block';

export interface CheckedEntry {
  id: string;
  status: EntryStatus;
  values: Readonly<Record<string, string>>;
  notInBook: readonly string[];
  /** Whether the entry is linked to a scanned page of its book. */
  pageLinked: boolean;
}

/** An entry named on the checklist: enough for the officer to find it in the book. */
export interface EntryRef {
  id: string;
  so: string;
  status: EntryStatus;
}

export interface InvalidEntry extends EntryRef {
  errors: readonly Issue[];
}

export interface AcceptanceCheck {
  count: { level: CheckLevel; surveyed: number; keyed: number; damaged: number; /** keyed + damaged − surveyed: negative is a shortfall. */ difference: number };
  unsettled: { level: CheckLevel; entries: readonly EntryRef[] };
  invalid: { level: CheckLevel; entries: readonly InvalidEntry[] };
  unlinked: { level: CheckLevel; entries: readonly EntryRef[] };
  /** Some line blocks: the book cannot be accepted now. */
  blocked: boolean;
  /** Some line needs the officer's note to accept. */
  needsNote: boolean;
}

export interface AcceptanceInput {
  def: RegisterTypeDef;
  surveyedCount: number;
  entries: readonly CheckedEntry[];
  today: FullDate;
}

const refOf = (e: CheckedEntry): EntryRef => ({ id: e.id, so: e.values.so ?? '', status: e.status });

/** The officer finds entries by their number in the paper book: lists follow it, unnumbered last. */
const soNumber = (e: CheckedEntry): number => Number.parseInt(e.values.so ?? '', 10) || Number.POSITIVE_INFINITY;
const inBookOrder = (entries: readonly CheckedEntry[]): CheckedEntry[] =>
  [...entries].sort((a, b) => soNumber(a) - soNumber(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const levelIf = (found: boolean, level: CheckLevel): CheckLevel => (found ? level : 'ok');

export function checkAcceptance({ def, surveyedCount, entries: given, today }: AcceptanceInput): AcceptanceCheck {
  const entries = inBookOrder(given);
  const damaged = entries.filter((e) => e.status === 'damaged');
  // Drafts hold whatever was typed so far: they are unsettled, not keyed, and not validated.
  const keyed = entries.filter((e) => e.status !== 'damaged' && e.status !== 'draft');
  const difference = keyed.length + damaged.length - surveyedCount;

  const unsettled = entries.filter((e) => unsettledStatuses.includes(e.status)).map(refOf);

  // The form refuses to key an entry with errors, so one here means the rules or the rest of the
  // book changed since (e.g. the same number keyed twice): it is corrected, and reviewed again.
  const invalid = keyed.flatMap((entry): InvalidEntry[] => {
    const sameBookSo = keyed.filter((other) => other.id !== entry.id).map((other) => other.values.so ?? '');
    const issues = validateEntry(def, entry, { today, sameBookSo });
    return hasErrors(issues) ? [{ ...refOf(entry), errors: issues.filter((i) => i.severity === 'error') }] : [];
  });

  const unlinked = keyed.filter((e) => !e.pageLinked).map(refOf);

  const check = {
    // Missing or extra entries against the survey happen (lost pages, a miscount): the officer says which.
    count: { level: levelIf(difference !== 0, 'explain'), surveyed: surveyedCount, keyed: keyed.length, damaged: damaged.length, difference },
    unsettled: { level: levelIf(unsettled.length > 0, 'block'), entries: unsettled },
    invalid: { level: levelIf(invalid.length > 0, 'block'), entries: invalid },
    // The Ministry wants a scan per entry, but scans can follow the Excel file: explained, not blocking.
    unlinked: { level: levelIf(unlinked.length > 0, 'explain'), entries: unlinked },
  };
  const levels = [check.count.level, check.unsettled.level, check.invalid.level, check.unlinked.level];
  return { ...check, blocked: levels.includes('block'), needsNote: levels.includes('explain') };
}
