/**
 * Register order of a book's entries for export: by the registration number as the book
 * counts (number within its year: 2/2008 before 10/2008, and 12/2007 before 1/2008), ties
 * broken by id so the order never depends on how the store returned them. Pure.
 */
import { numberAndYear } from './file-names';

export interface Registered {
  readonly id: string;
  readonly so: string;
}

const text = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Missing parts sort last: an entry without a number is not placed before numbered ones. */
function compareParts(a: string, b: string): number {
  const x = /^\d+$/u.test(a) ? Number(a) : Number.POSITIVE_INFINITY;
  const y = /^\d+$/u.test(b) ? Number(b) : Number.POSITIVE_INFINITY;
  return x === y ? 0 : x < y ? -1 : 1;
}

export function compareRegisterOrder(a: Registered, b: Registered): number {
  const x = numberAndYear(a.so);
  const y = numberAndYear(b.so);
  // An entry without a year keeps to its number: the year only orders numbers that have one.
  const byYear = x.year !== '' && y.year !== '' ? compareParts(x.year, y.year) : 0;
  return byYear || compareParts(x.number, y.number) || text.compare(a.so, b.so) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
