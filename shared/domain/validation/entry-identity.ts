/**
 * The identity of an entry within its book, as an import sees it: the registration number
 * (`so`, compared as soKey does) and the registration date (canonical form). Two entries of a
 * book with the same identity are the same registration, so re-importing a file skips them.
 * Pure; the caller scopes it to a book and keys it before anything stores it.
 */
import type { EntryValues } from '../entry-values';
import { formatPartialDate, parsePartialDate } from '../partial-date';
import { soKey } from './book-rules';

/** Undefined when the number or the date is missing: such an entry cannot be told from another. */
export function entryIdentity(values: EntryValues): string | undefined {
  const so = soKey(values.so ?? '');
  const date = (values.ngayDangKy ?? '').trim();
  if (so === '' || date === '') return undefined;
  const parsed = parsePartialDate(date);
  return `${so}|${parsed.ok ? formatPartialDate(parsed.date) : date}`;
}
