/**
 * An entry's validation as the review sees it: the entry form's rules including the checks
 * against other entries (number already in the book, probable duplicates elsewhere), so the
 * officer decides on what the clerk was shown.
 */
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import type { FullDate } from '../../../shared/domain/partial-date';
import { validateEntry, type Issue } from '../../../shared/domain/validation';
import type { CitizenStore } from '../../store/citizen-store';
import type { EntryView } from '../../store/types';
import { crossEntryFacts } from '../entry/cross-facts';

export async function reviewIssues(entries: CitizenStore['entries'], def: RegisterTypeDef, view: EntryView, today: FullDate): Promise<Issue[]> {
  const cross = await crossEntryFacts(entries, view.bookId, view.values, view.id);
  return validateEntry(def, { values: view.values, notInBook: view.notInBook }, { today, ...cross });
}
