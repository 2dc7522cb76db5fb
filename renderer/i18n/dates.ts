/**
 * Date display and entry in the Vietnamese form dd/mm/yyyy (also used in the English UI, since
 * the registers themselves are written that way). Local time; pure functions.
 */
const two = (n: number): string => String(n).padStart(2, '0');

export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${formatDate(ms)} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** Start of the given day (local) for "d/m/yyyy" or "dd/mm/yyyy"; null when not a real date. */
export function parseDate(text: string): number | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? date.getTime() : null;
}

/** Last millisecond of the day that starts at `dayStart`, so "to" filters include that day. */
export function endOfDay(dayStart: number): number {
  const d = new Date(dayStart);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}
