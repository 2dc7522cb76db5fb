/**
 * Report periods on the Vietnamese calendar: days and weeks (Monday to Sunday) as they fall in
 * Asia/Ho_Chi_Minh, which has kept UTC+7 without daylight saving since 1975, so a fixed offset
 * is exact and the result does not depend on the laptop's time zone. Pure: "now" is passed in.
 * A period is half-open, [from, to), in epoch milliseconds.
 */
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

export interface ReportPeriod {
  /** Midnight (Vietnam) of the first day. */
  readonly from: number;
  /** Midnight (Vietnam) after the last day: excluded. */
  readonly to: number;
}

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const dayNumber = (ms: number): number => Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
const dayStartOf = (dayNo: number): number => dayNo * DAY_MS - VN_OFFSET_MS;

export const startOfVnDay = (ms: number): number => dayStartOf(dayNumber(ms));

/** Monday 00:00 (Vietnam) of the week holding `ms`; 1 January 1970 was a Thursday. */
export function startOfVnWeek(ms: number): number {
  const dayNo = dayNumber(ms);
  const weekday = (((dayNo + 3) % 7) + 7) % 7;
  return dayStartOf(dayNo - weekday);
}

export function vnWeek(ms: number): ReportPeriod {
  const from = startOfVnWeek(ms);
  return { from, to: from + 7 * DAY_MS };
}

export function vnCalendarDay(ms: number): CalendarDay {
  const d = new Date(dayStartOf(dayNumber(ms)) + VN_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const two = (n: number): string => String(n).padStart(2, '0');

export function formatVnDate(ms: number): string {
  const { year, month, day } = vnCalendarDay(ms);
  return `${two(day)}/${two(month)}/${year}`;
}

/** "dd/mm/yyyy hh:mm" in Vietnam time, for when a report was made. */
export function formatVnDateTime(ms: number): string {
  const minutes = Math.floor((ms - startOfVnDay(ms)) / 60_000);
  return `${formatVnDate(ms)} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** Midnight (Vietnam) of "d/m/yyyy" or "dd/mm/yyyy"; null when it is not a real date. */
export function parseVnDate(text: string): number | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return utc - VN_OFFSET_MS;
}

/** The period from the first to the last day written (both included); null when either is not a date or they are reversed. */
export function periodFromDates(firstDay: string, lastDay: string): ReportPeriod | null {
  const from = parseVnDate(firstDay);
  const last = parseVnDate(lastDay);
  if (from === null || last === null || last < from) return null;
  return { from, to: last + DAY_MS };
}

/** The last day a period includes, for showing it as "from – to". */
export const lastDayOf = (period: ReportPeriod): number => period.to - DAY_MS;

/** The `count` weeks ending with the week holding the period's last day, oldest first. */
export function weeksEnding(period: ReportPeriod, count: number): ReportPeriod[] {
  const last = startOfVnWeek(lastDayOf(period));
  return Array.from({ length: count }, (_, n) => vnWeek(last - (count - 1 - n) * 7 * DAY_MS));
}
