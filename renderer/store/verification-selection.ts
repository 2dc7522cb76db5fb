/**
 * Which entries of a book need verification before approval: the book's policy applied to
 * each entry's place in the book. The place is the entry's rank among the book's ids, which
 * are creation-ordered (ids.ts) and never deleted, so it is stable without storing it (two
 * entries created in the same millisecond are ordered by their random part, fixed once written).
 */
import { selectedForVerification, type VerificationPolicy } from '../../shared/domain/verification';
import type { SohoaDb } from './db';

/** `null` asks about an entry not written yet: it would come last. */
export type Selection = (entryId: string | null) => boolean;

export async function selectionOf(db: SohoaDb, bookId: string, policy: VerificationPolicy): Promise<Selection> {
  if (policy.mode !== 'nth') return () => selectedForVerification(policy, 1);
  const ids = (await db.entries.where('bookId').equals(bookId).primaryKeys()).map(String);
  const rank = new Map(ids.map((id, i) => [id, i + 1]));
  return (entryId) => selectedForVerification(policy, (entryId === null ? undefined : rank.get(entryId)) ?? ids.length + 1);
}
