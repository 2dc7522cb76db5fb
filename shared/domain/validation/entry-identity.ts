/**
 * The identity of an entry within its book, as an import sees it: the registration number
 * (`so`, compared as soKey does) and the registration date (canonical form). Two entries of a
 * book with the same identity are the same registration, so re-importing a file skips them.
 * Pure; the caller scopes it to a book and keys it before anything stores it.
 */
import type { EntryValues } from '../entry-values';
import { formatPartialDate, parsePartialDate } from '../partial-date';
import { soKey } from './book-rules';

/** Undefined only for an entry without any value. */
export function entryIdentity(values: EntryValues): string | undefined {
  const so = soKey(values.so ?? '');
  const date = (values.ngayDangKy ?? '').trim();
  if (so !== '' && date !== '') {
    const parsed = parsePartialDate(date);
    return `${so}|${parsed.ok ? formatPartialDate(parsed.date) : date}`;
  }
  // Without a number or a date only the very same row can be recognised: all of its values.
  const filled = Object.entries(values)
    .filter(([, value]) => value.trim() !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return filled.length === 0 ? undefined : `row|${JSON.stringify(filled)}`;
}
