/**
 * What the review screen decides without the store: which screenful of the list is shown, what
 * the officer may do with an entry (asked of the same lifecycle table the store enforces),
 * which entries of a scanned page its approval takes, and which entry comes next after a
 * decision. Pure.
 */
import { decideEntry } from '../../../shared/domain/lifecycle';
import type { BookView, EntryId, EntryView, UserView } from '../../store/types';

/** Entries listed per screen; only those shown are decrypted. */
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

/** After deciding `current`: the next entry (or page) of the old queue that still waits, or null to go back to the list. */
export function nextToReview<Id extends string>(before: readonly Id[], current: Id, after: readonly Id[]): Id | null {
  const waiting = new Set(after);
  return before.slice(before.indexOf(current) + 1).find((id) => waiting.has(id)) ?? null;
}

export interface PageApproval<E> {
  /** What approving the page approves. */
  approve: E[];
  /** Entries with validation errors: opened and decided one by one, never approved with the page. */
  withErrors: E[];
  /** Entries this officer may not approve: keyed or last edited by them, or no longer awaiting review. */
  notApprovable: E[];
}

/** Splits a scanned page's entries for its approval; `hasErrors` is what the review's validation found. */
export function pageApproval<E extends { view: Pick<EntryView, 'status' | 'createdBy' | 'updatedBy'>; hasErrors: boolean }>(
  entries: readonly E[],
  book: Pick<BookView, 'status'>,
  user: Pick<UserView, 'id' | 'roles'>,
): PageApproval<E> {
  const result: PageApproval<E> = { approve: [], withErrors: [], notApprovable: [] };
  for (const entry of entries) {
    if (!mayDecide('approve', entry.view, book, user)) result.notApprovable.push(entry);
    else if (entry.hasErrors) result.withErrors.push(entry);
    else result.approve.push(entry);
  }
  return result;
}

/** The scanned page to show after a decision on `current`: the same page while entries of it wait, else the next that has some. */
export function pageAfter(before: readonly string[], current: string, after: readonly string[]): string | null {
  return after.includes(current) ? current : nextToReview(before, current, after);
}
