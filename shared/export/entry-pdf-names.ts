/**
 * The names of the per-entry PDFs inside a book's ZIP (DOMAIN.md §2, unconfirmed):
 * `<TYPE>.<bookYear>.<bookNo>.<registration date>.<entry no>.pdf`, filled through the same
 * pattern code as the per-book names. Two entries with the same number and date (a register
 * that repeats a number) get ` (2)`, ` (3)` in register order, so names are unique and the same
 * on every export; an entry whose number or date is missing has no name and is reported.
 */
import { ENTRY_PDF_PATTERN, fileName, FileNamePatternError, isoDate, numberAndYear } from '../excel/file-names';

export interface NamedBook {
  readonly type: string;
  readonly quyenSo: string;
  /** Used when quyenSo carries no year. */
  readonly yearFrom: number;
}

export interface PdfNameSource {
  readonly id: string;
  readonly values: Readonly<Record<string, string>>;
}

export interface EntryPdfNames {
  /** Entry id → name, for the entries that have one. */
  readonly names: ReadonlyMap<string, string>;
  /** Ids of entries whose number or registration date is missing, in the given order. */
  readonly unnamed: readonly string[];
}

/** `entries` in register order: that order decides which of two equal names gets the suffix. */
export function entryPdfNames(book: NamedBook, entries: readonly PdfNameSource[]): EntryPdfNames {
  const { number: bookNo, year } = numberAndYear(book.quyenSo);
  const bookYear = /^\d{4}$/u.test(year) ? year : String(book.yearFrom);
  const names = new Map<string, string>();
  const unnamed: string[] = [];
  const seen = new Map<string, number>();
  for (const entry of entries) {
    let name: string;
    try {
      name = fileName(ENTRY_PDF_PATTERN, {
        type: book.type,
        bookYear,
        bookNo,
        registrationDate: isoDate(entry.values.ngayDangKy ?? ''),
        entryNo: numberAndYear(entry.values.so ?? '').number,
      });
    } catch (error) {
      if (!(error instanceof FileNamePatternError)) throw error;
      unnamed.push(entry.id);
      continue;
    }
    // Windows and most ZIP tools treat names case-insensitively.
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    names.set(entry.id, count === 1 ? name : name.replace(/\.pdf$/u, ` (${count}).pdf`));
  }
  return { names, unnamed };
}
