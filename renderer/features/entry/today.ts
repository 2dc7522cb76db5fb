/**
 * Today's local date as validation wants it (dates in the future are an error). Reads the
 * clock; nothing else.
 */
import type { FullDate } from '../../../shared/domain/partial-date';

export function todayDate(): FullDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
