/**
 * The store's side of the lifecycle table: asks shared/domain/lifecycle for a move, turns a
 * refusal into a StoreError the UI can explain, and words the audit entry of a book's move.
 * Decides nothing itself; writing the move is the caller's transaction.
 */
import {
  bookStatuses,
  decideBook,
  decideEntry,
  type BookAction,
  type BookFacts,
  type BookGuard,
  type BookStatus,
  type EntryAction,
  type EntryFacts,
  type EntryGuard,
  type EntryOrigin,
  type EntryStatus,
  entryStatuses,
} from '../../shared/domain/lifecycle';
import type { AuditDraft } from './audit-chain';
import type { AppStoreInternals } from './app-store';
import { StoreError } from './types';

const refusalCode = (refusal: 'no_transition' | 'forbidden_role' | EntryGuard | BookGuard): StoreError['code'] => {
  switch (refusal) {
    case 'forbidden_role':
      return 'forbidden_role';
    case 'notOwnEntry':
      return 'own_entry';
    case 'reason':
      return 'reason_required';
    case 'bookOpen':
      return 'book_closed';
    case 'allEntriesSettled':
      return 'entries_unsettled';
    case 'entriesValid':
      return 'entries_invalid';
    case 'explained':
      return 'explanation_required';
    default:
      return 'bad_transition';
  }
};

/** A status column as stored; an unknown value (a newer app's row) allows no move. */
export function storedEntryStatus(value: string): EntryStatus {
  const status = entryStatuses.find((s) => s === value);
  if (!status) throw new StoreError('bad_transition');
  return status;
}

export function storedBookStatus(value: string): BookStatus {
  const status = bookStatuses.find((s) => s === value);
  if (!status) throw new StoreError('bad_transition');
  return status;
}

/** The signed-in person as the table sees them. */
export function actorOf(app: AppStoreInternals): EntryFacts['actor'] {
  const session = app.session();
  if (!session) throw new StoreError('locked');
  return { id: session.user.id, roles: session.user.roles };
}

export function moveEntry(from: EntryOrigin, action: EntryAction, facts: EntryFacts): EntryStatus {
  const decision = decideEntry(from, action, facts);
  if (!decision.ok) throw new StoreError(refusalCode(decision.refusal));
  return decision.to;
}

export function moveBook(from: BookStatus, action: BookAction, facts: BookFacts): BookStatus {
  const decision = decideBook(from, action, facts);
  if (!decision.ok) throw new StoreError(refusalCode(decision.refusal));
  return decision.to;
}

/**
 * Sealed with the data key: a re-opening reason or a sign-off note may quote the book. `note`
 * is logged as the officer's `note` on acceptance and as the `reason` of any other move.
 */
export function bookMoveAudit(
  bookId: string,
  from: BookStatus,
  to: BookStatus,
  action: BookAction,
  note?: string,
  counts: Readonly<Record<string, number>> = {},
): AuditDraft {
  return {
    action: 'book.status_changed',
    targetId: bookId,
    citizen: true,
    details: { from, to, action, ...counts, ...(note ? { [action === 'accept' ? 'note' : 'reason']: note } : {}) },
  };
}
