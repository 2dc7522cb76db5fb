/**
 * The acceptance check as the store runs it: opens every entry of one book with the data key
 * and hands statuses, values and page links to shared/domain/acceptance, which decides. The
 * opened values live only in the returned check (for the screen that asked); nothing is kept.
 */
import type { SessionKeys } from '../../shared/crypto/key-slot';
import { checkAcceptance, type AcceptanceCheck } from '../../shared/domain/acceptance';
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import type { FullDate } from '../../shared/domain/partial-date';
import type { SohoaDb } from './db';
import { EntryRecord } from './entry-sealing';
import { storedEntryStatus } from './lifecycle-moves';
import { openRecord } from './records';

/** The local calendar day of a clock reading: dates after it are impossible. */
const localDate = (ms: number): FullDate => {
  const d = new Date(ms);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
};

export async function checkBook(
  db: SohoaDb,
  keys: SessionKeys,
  def: RegisterTypeDef,
  book: { id: string; surveyedCount: number },
  now: number,
): Promise<AcceptanceCheck> {
  const rows = await db.entries.where('bookId').equals(book.id).toArray();
  // A link counts only to a page the book's scan still holds.
  const pages = new Set(await db.scanPages.where('bookId').equals(book.id).primaryKeys());
  const entries = await Promise.all(
    rows.map(async (row) => {
      const record = await openRecord(keys, 'entries', row, EntryRecord);
      return {
        id: row.id,
        status: storedEntryStatus(row.status),
        values: record.values,
        notInBook: record.notInBook,
        pageLinked: record.pages.some((page) => pages.has(page)),
      };
    }),
  );
  return checkAcceptance({ def, surveyedCount: book.surveyedCount, entries, today: localDate(now) });
}
