/**
 * What the books table shows beyond the stored fields: progress against the survey count and
 * the type/text filter. Pure; works on views and counts the store already returned.
 */
import { foldForSearch } from '../../../shared/domain/text';
import type { BookStats, BookView } from '../../store/types';
import { registerTypeName } from './register-type-names';

export interface Progress {
  /** Entries dealt with: keyed so far, or counted as damaged (those are never keyed). */
  done: number;
  /** 0…1 of the surveyed count; null when the survey counted nothing. */
  ratio: number | null;
}

/** Entries keyed so far, whatever the review made of them since (awaiting it, approved or returned). */
export const keyedSoFar = (stats: Pick<BookStats, 'keyed' | 'approved' | 'returned'> | undefined): number =>
  (stats?.keyed ?? 0) + (stats?.approved ?? 0) + (stats?.returned ?? 0);

export function progressOf(book: Pick<BookView, 'surveyedCount'>, stats: Pick<BookStats, 'keyed' | 'approved' | 'returned' | 'damaged'> | undefined): Progress {
  const done = keyedSoFar(stats) + (stats?.damaged ?? 0);
  return { done, ratio: book.surveyedCount > 0 ? Math.min(done / book.surveyedCount, 1) : null };
}

export interface BookFilter {
  /** A register type code, or '' for every type. */
  type: string;
  text: string;
}

export const emptyBookFilter: BookFilter = { type: '', text: '' };

/** Every word of the text must occur (unaccented) in the book's number, body, notes, type (either locale) or years. */
export function filterBooks(books: readonly BookView[], filter: BookFilter): BookView[] {
  const words = foldForSearch(filter.text).split(' ').filter((w) => w !== '');
  return books.filter((book) => {
    if (filter.type !== '' && book.type !== filter.type) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch(
      [book.quyenSo, book.registeringBody, book.notes, book.type, registerTypeName(book.type, 'vi'), registerTypeName(book.type, 'en'), `${book.yearFrom}-${book.yearTo}`].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
