/**
 * What the review screen decides without the store: which page of the queue is shown, what
 * the officer may do with an entry (asked of the same lifecycle table the store enforces), and
 * which entry comes next after a decision. Pure.
 */
import { decideEntry } from '../../../shared/domain/lifecycle';
import type { BookView, EntryId, EntryView, UserView } from '../../store/types';

/** About one register page of entries: what an officer can look over before approving them together. */
export const REVIEW_PAGE_SIZE = 10;

export interface QueuePage {
  ids: EntryId[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
}

export function queuePage(queue: readonly EntryId[], page: number, size = REVIEW_PAGE_SIZE): QueuePage {
  const pages = Math.max(1, Math.ceil(queue.length / size));
  const current = Math.min(Math.max(page, 0), pages - 1);
  return { ids: queue.slice(current * size, (current + 1) * size), page: current, pages };
}

/**
 * Whether the table lets `user` approve or return the entry now. A return's reason is asked
 * afterwards, so it counts as given here; the store decides again when the decision is written.
 */
export function mayDecide(action: 'approve' | 'return', entry: Pick<EntryView, 'status' | 'createdBy' | 'updatedBy'>, book: Pick<BookView, 'status'>, user: Pick<UserView, 'id' | 'roles'>): boolean {
  return decideEntry(entry.status, action, {
    actor: { id: user.id, roles: user.roles },
    keyedBy: [entry.createdBy, entry.updatedBy],
    // The store's queue holds only entries that need no verification or have had it.
    book: { status: book.status, requiresVerification: false },
    reason: action === 'return' ? 'asked next' : '',
  }).ok;
}

/** After deciding `current`: the next entry of the old queue that still waits, or null to go back to the list. */
export function nextToReview(before: readonly EntryId[], current: EntryId, after: readonly EntryId[]): EntryId | null {
  const waiting = new Set(after);
  return before.slice(before.indexOf(current) + 1).find((id) => waiting.has(id)) ?? null;
}
