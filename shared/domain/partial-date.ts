/**
 * Dates as registers write them: day, month and year, or only month and year, or only the year.
 * Owns parsing (including clerks' quick-typing), the canonical text form, calendar checks and
 * comparison with partial precision. Pure: "today" is always passed in, never read from a clock.
 */

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface FullDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Older entries exist, but a year before this in a civil-status register is a typing error. */
export const MIN_YEAR = 1800;

export type DateProblem = 'empty' | 'format' | 'month' | 'day' | 'too-early' | 'future';

export type DateParse =
  | { readonly ok: true; readonly date: PartialDate }
  | { readonly ok: false; readonly problem: DateProblem };

/**
 * Clerks type digits only to save keystrokes: 8 digits are ddmmyyyy, 6 are mmyyyy, 4 a year.
 * Anything else is returned trimmed and unchanged so the parser can judge it.
 */
export function expandQuickDate(text: string): string {
  const s = text.trim();
  if (/^\d{8}$/u.test(s)) return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4)}`;
  if (/^\d{6}$/u.test(s)) return `${s.slice(0, 2)}.${s.slice(2)}`;
  return s;
}

const FULL = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/u;
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$/u;
const YEAR = /^(\d{4})$/u;

function readShape(s: string): PartialDate | undefined {
  const full = FULL.exec(s);
  if (full) return { year: Number(full[4]), month: Number(full[3]), day: Number(full[1]) };
  const monthYear = MONTH_YEAR.exec(s);
  if (monthYear) return { year: Number(monthYear[2]), month: Number(monthYear[1]) };
  const year = YEAR.exec(s);
  if (year) return { year: Number(year[1]) };
  return undefined;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Calendar problem of an already-shaped date, without any bound on the year. */
function calendarProblem(d: PartialDate): DateProblem | undefined {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return 'month';
  if (d.day !== undefined) {
    if (d.month === undefined) return 'day';
    if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) return 'day';
  }
  return undefined;
}

/**
 * Accepts dd.mm.yyyy, mm.yyyy, yyyy with `.`, `/` or `-` and one- or two-digit day and month,
 * plus quick-typed digits. With `today`, years before MIN_YEAR and dates after today are refused.
 */
export function parsePartialDate(text: string, today?: FullDate): DateParse {
  const s = expandQuickDate(text);
  if (s === '') return { ok: false, problem: 'empty' };
  const date = readShape(s);
  if (!date) return { ok: false, problem: 'format' };
  const problem = calendarProblem(date);
  if (problem) return { ok: false, problem };
  if (today) {
    if (date.year < MIN_YEAR) return { ok: false, problem: 'too-early' };
    if (comparePartialDates(date, today) === 'after') return { ok: false, problem: 'future' };
  }
  return { ok: true, date };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Canonical text form used in storage and in the Ministry Excel files. */
export function formatPartialDate(d: PartialDate): string {
  const year = String(d.year).padStart(4, '0');
  if (d.month === undefined) return year;
  if (d.day === undefined) return `${pad2(d.month)}.${year}`;
  return `${pad2(d.day)}.${pad2(d.month)}.${year}`;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber(d: FullDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function firstDay(d: PartialDate): FullDate {
  return { year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
}

export function lastDay(d: PartialDate): FullDate {
  const month = d.month ?? 12;
  return { year: d.year, month, day: d.day ?? daysInMonth(d.year, month) };
}

export const isFullDate = (d: PartialDate): d is FullDate =>
  d.month !== undefined && d.day !== undefined;

/**
 * A partial date stands for every day it could be. 'before'/'after' mean certainly so whichever
 * day was meant; 'same' means the same known day; 'uncertain' means the possible days overlap,
 * so the order cannot be told (e.g. 2008 vs 10.2008).
 */
export type DateOrder = 'before' | 'after' | 'same' | 'uncertain';

export function comparePartialDates(a: PartialDate, b: PartialDate): DateOrder {
  if (dayNumber(lastDay(a)) < dayNumber(firstDay(b))) return 'before';
  if (dayNumber(firstDay(a)) > dayNumber(lastDay(b))) return 'after';
  if (isFullDate(a) && isFullDate(b)) return 'same';
  return 'uncertain';
}

function completedYears(birth: FullDate, at: FullDate): number {
  const beforeBirthday = at.month < birth.month || (at.month === birth.month && at.day < birth.day);
  return at.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** Completed years of age at `at`, as the smallest and largest value the partial dates allow. */
export function ageRange(birth: PartialDate, at: PartialDate): { min: number; max: number } {
  return {
    min: completedYears(lastDay(birth), firstDay(at)),
    max: completedYears(firstDay(birth), lastDay(at)),
  };
}
