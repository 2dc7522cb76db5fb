/**
 * The book form's text fields and their checks: turns what was typed into a BookInput or a
 * list of per-field problems. Pure; messages are chosen by the component from the codes.
 */
import { RegisterTypeCode } from '../../../shared/domain/register-types/index';
import { normalizeText } from '../../../shared/domain/text';
import type { BookInput, BookView, PaperSize } from '../../store/types';

/** The first year any civil-status register the app digitises can carry. */
export const FIRST_BOOK_YEAR = 1945;

export interface BookDraft {
  type: string;
  quyenSo: string;
  yearFrom: string;
  yearTo: string;
  registeringBody: string;
  paperSize: PaperSize;
  pageCount: string;
  surveyedCount: string;
  notes: string;
}

export type BookField = keyof BookDraft;

export type BookProblem = 'required' | 'quyenSoFormat' | 'yearRange' | 'yearOrder' | 'count' | 'duplicate';

export type BookCheck = { ok: true; input: BookInput } | { ok: false; problems: Partial<Record<BookField, BookProblem>> };

export const emptyBookDraft: BookDraft = {
  type: 'KS',
  quyenSo: '',
  yearFrom: '',
  yearTo: '',
  registeringBody: '',
  paperSize: 'A4',
  pageCount: '',
  surveyedCount: '',
  notes: '',
};

export function draftOfBook(book: BookInput): BookDraft {
  return {
    type: book.type,
    quyenSo: book.quyenSo,
    registeringBody: book.registeringBody,
    paperSize: book.paperSize,
    notes: book.notes,
    yearFrom: String(book.yearFrom),
    yearTo: String(book.yearTo),
    pageCount: String(book.pageCount),
    surveyedCount: String(book.surveyedCount),
  };
}

/** "02/1996" (number/year, as the template writes it) or a bare number for books numbered without a year. */
const QUYEN_SO = /^(\d{1,3})\/(\d{4})$|^\d{1,4}$/;

const wholeNumber = (text: string): number | null => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null);

export interface BookCheckContext {
  currentYear: number;
  /** Books already registered, to refuse a second book of the same type and number. */
  others: readonly Pick<BookView, 'id' | 'type' | 'quyenSo'>[];
  /** The book being edited, which does not collide with itself. */
  editingId?: string;
}

export function checkBookDraft(draft: BookDraft, context: BookCheckContext): BookCheck {
  const problems: Partial<Record<BookField, BookProblem>> = {};
  const quyenSo = normalizeText(draft.quyenSo);
  const registeringBody = normalizeText(draft.registeringBody);
  const type = RegisterTypeCode.safeParse(draft.type);
  if (!type.success) problems.type = 'required';

  const inYears = (year: number) => year >= FIRST_BOOK_YEAR && year <= context.currentYear;
  const quyenSoMatch = QUYEN_SO.exec(quyenSo);
  if (quyenSo === '') problems.quyenSo = 'required';
  else if (!quyenSoMatch || (quyenSoMatch[2] !== undefined && !inYears(Number(quyenSoMatch[2])))) problems.quyenSo = 'quyenSoFormat';
  else if (context.others.some((b) => b.id !== context.editingId && b.type === draft.type && b.quyenSo === quyenSo)) problems.quyenSo = 'duplicate';

  const year = (field: 'yearFrom' | 'yearTo'): number | null => {
    if (draft[field].trim() === '') {
      problems[field] = 'required';
      return null;
    }
    const value = wholeNumber(draft[field]);
    if (value === null || !inYears(value)) {
      problems[field] = 'yearRange';
      return null;
    }
    return value;
  };
  const yearFrom = year('yearFrom');
  const yearTo = year('yearTo');
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) problems.yearTo = 'yearOrder';

  if (registeringBody === '') problems.registeringBody = 'required';

  const count = (field: 'pageCount' | 'surveyedCount'): number | null => {
    const value = wholeNumber(draft[field]);
    if (draft[field].trim() === '') problems[field] = 'required';
    else if (value === null) problems[field] = 'count';
    return value;
  };
  const pageCount = count('pageCount');
  const surveyedCount = count('surveyedCount');

  if (!type.success || yearFrom === null || yearTo === null || pageCount === null || surveyedCount === null || Object.keys(problems).length > 0) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    input: { type: type.data, quyenSo, yearFrom, yearTo, registeringBody, paperSize: draft.paperSize, pageCount, surveyedCount, notes: draft.notes.trim() },
  };
}
