/**
 * The validation facts that need other entries: whether the book already has this
 * registration number, and entries of other books that probably record the same event. Asked
 * of the store's index by the entry form while keying and by the review before a decision, so
 * both run the same duplicate checks.
 */
import type { ValidationContext } from '../../../shared/domain/validation';
import type { CitizenStore } from '../../store/citizen-store';
import type { BookId, EntryId } from '../../store/types';

export type CrossEntryFacts = Pick<ValidationContext, 'sameBookSo' | 'probableDuplicates'>;

export const noCrossFacts: CrossEntryFacts = { sameBookSo: [], probableDuplicates: [] };

const SO_KEY = 'so';

export async function crossEntryFacts(
  entries: Pick<CitizenStore['entries'], 'soTaken' | 'probableDuplicates'>,
  bookId: BookId,
  values: Readonly<Record<string, string>>,
  exceptId: EntryId | undefined,
): Promise<CrossEntryFacts> {
  const number = (values[SO_KEY] ?? '').trim();
  const [taken, duplicates] = await Promise.all([
    number !== '' ? entries.soTaken(bookId, number, exceptId) : false,
    entries.probableDuplicates(bookId, { ...values }, exceptId),
  ]);
  return { sameBookSo: taken ? [number] : [], probableDuplicates: duplicates.map((entryId) => ({ entryId })) };
}
