/**
 * Turns what a clerk typed on the search screen into an EntryQuery: the one box guesses what
 * each word is (ID number, birth year, registration number, else a name word), explicit
 * fields and filters win over the guess. Pure; the store does the matching.
 */
import { entryStatuses } from '../../../shared/domain/lifecycle';
import type { BookId, EntryQuery, EntryStatus, UserId } from '../../store/types';

export type QueryText = Pick<EntryQuery, 'name' | 'idNumber' | 'birthYear' | 'so'>;

const ID_NUMBER = /^(\d{9}|\d{12})$/;
const YEAR = /^\d{4}$/;
const SO = /^\d{1,4}\/\d{4}$/;

/**
 * Each whitespace-separated word is classified on its own, so "an 1990" searches the name
 * "an" born in 1990. The first word of a kind wins: one entry has one birth year to match.
 */
export function interpretQuery(text: string): QueryText {
  const out: QueryText = {};
  const names: string[] = [];
  for (const word of text.normalize('NFC').trim().split(/\s+/u)) {
    if (word === '') continue;
    if (ID_NUMBER.test(word)) out.idNumber ??= word;
    else if (YEAR.test(word)) out.birthYear ??= word;
    else if (SO.test(word)) out.so ??= word;
    else names.push(word);
  }
  if (names.length > 0) out.name = names.join(' ');
  return out;
}

export interface SearchForm {
  q: string;
  idNumber: string;
  birthYear: string;
  so: string;
  type: string;
  bookId: string;
  status: string;
  clerk: string;
}

export const emptySearchForm: SearchForm = { q: '', idNumber: '', birthYear: '', so: '', type: '', bookId: '', status: '', clerk: '' };

const isStatus = (value: string): value is EntryStatus => (entryStatuses as readonly string[]).includes(value);

/** The query for the form, or null when nothing at all is asked (the screen then shows a hint). */
export function buildEntryQuery(form: SearchForm): EntryQuery | null {
  const query: EntryQuery = { ...interpretQuery(form.q) };
  const explicit = { idNumber: form.idNumber, birthYear: form.birthYear, so: form.so } as const;
  for (const [key, value] of Object.entries(explicit) as [keyof typeof explicit, string][]) {
    if (value.trim() !== '') query[key] = value.trim();
  }
  if (form.type !== '') query.type = form.type;
  if (form.bookId !== '') query.bookId = form.bookId as BookId;
  if (isStatus(form.status)) query.status = form.status;
  if (form.clerk !== '') query.createdBy = form.clerk as UserId;
  return Object.keys(query).length === 0 ? null : query;
}
