/**
 * The lifecycle of entries and books (DOMAIN.md §6) as a pure transition table: each row names
 * a from-state, a to-state, the action, the Permission it takes and the guards (named
 * conditions on the facts of the moment) that must all hold. Deciding is a lookup plus the
 * guards; the effects (sealing, audit, counts) belong to the store's actions, never here.
 *
 * "Awaiting review" is not a state of its own: an entry is awaiting review when it is `keyed`
 * in a book that needs no second keying, or `verified` where the book does. A separate state
 * would be one every entry passes through in the same instant. `verified` is the room left
 * for verification (double keying): the table knows it, nothing builds it yet.
 */
import { can, type Permission, type Role } from '../auth/roles';

export const entryStatuses = ['draft', 'keyed', 'verified', 'approved', 'returned', 'exported', 'damaged'] as const;
export type EntryStatus = (typeof entryStatuses)[number];
/** The from-state of an entry that does not exist yet. */
export type EntryOrigin = EntryStatus | 'new';
export const entryOrigins: readonly EntryOrigin[] = ['new', ...entryStatuses];

export const bookStatuses = ['registered', 'keying', 'keyed', 'accepted'] as const;
export type BookStatus = (typeof bookStatuses)[number];

/** `key` is every keyed save: first keying, correction, fixing a returned entry, editing an approved one. */
export const entryActions = ['saveDraft', 'key', 'markDamaged', 'verify', 'approve', 'return', 'export'] as const;
export type EntryAction = (typeof entryActions)[number];

export const bookActions = ['startKeying', 'finishKeying', 'accept', 'reopen'] as const;
export type BookAction = (typeof bookActions)[number];

export type EntryGuard =
  /** Nobody verifies, approves or returns an entry they keyed themselves. */
  | 'notOwnEntry'
  /** An accepted book is closed: it must be re-opened before its entries change. */
  | 'bookOpen'
  | 'bookAccepted'
  | 'verificationRequired'
  | 'verificationNotRequired'
  | 'reason';

export type BookGuard =
  /** Every entry approved (or exported) or counted as damaged: nothing left to key or review. */
  | 'allEntriesSettled'
  /** No keyed entry fails validation (acceptance check, shared/domain/acceptance). */
  | 'entriesValid'
  /** What the acceptance check asks to explain (count against the survey, missing scans) is explained. */
  | 'explained'
  | 'reason';

export interface Transition<F, T, A, G> {
  from: F;
  to: T;
  action: A;
  permission: Permission;
  guards: readonly G[];
}

export type EntryTransition = Transition<EntryOrigin, EntryStatus, EntryAction, EntryGuard>;
export type BookTransition = Transition<BookStatus, BookStatus, BookAction, BookGuard>;

const each = (froms: readonly EntryOrigin[], rest: Omit<EntryTransition, 'from'>): EntryTransition[] => froms.map((from) => ({ from, ...rest }));

export const entryTransitions: readonly EntryTransition[] = [
  ...each(['new', 'draft'], { to: 'draft', action: 'saveDraft', permission: 'keyEntries', guards: ['bookOpen'] }),
  // Any change to what was keyed sends the entry (back) to review, whatever it had reached.
  ...each(['new', 'draft', 'keyed', 'verified', 'returned', 'approved', 'exported', 'damaged'], {
    to: 'keyed',
    action: 'key',
    permission: 'keyEntries',
    guards: ['bookOpen'],
  }),
  // Approved and exported entries are edited (and so reviewed again) before they can be counted as damaged.
  ...each(['new', 'draft', 'keyed', 'verified', 'returned', 'damaged'], { to: 'damaged', action: 'markDamaged', permission: 'keyEntries', guards: ['bookOpen'] }),
  { from: 'keyed', to: 'verified', action: 'verify', permission: 'keyEntries', guards: ['bookOpen', 'notOwnEntry', 'verificationRequired'] },
  { from: 'keyed', to: 'approved', action: 'approve', permission: 'review', guards: ['bookOpen', 'notOwnEntry', 'verificationNotRequired'] },
  { from: 'verified', to: 'approved', action: 'approve', permission: 'review', guards: ['bookOpen', 'notOwnEntry'] },
  ...each(['keyed', 'verified', 'approved'], { to: 'returned', action: 'return', permission: 'review', guards: ['bookOpen', 'notOwnEntry', 'reason'] }),
  // Export is the justice officer's (DOMAIN.md §5); `review` is the permission only that role holds.
  { from: 'approved', to: 'exported', action: 'export', permission: 'review', guards: ['bookAccepted'] },
];

export const bookTransitions: readonly BookTransition[] = [
  // The first keyed entry starts the book: whoever keys it.
  { from: 'registered', to: 'keying', action: 'startKeying', permission: 'keyEntries', guards: [] },
  { from: 'keying', to: 'keyed', action: 'finishKeying', permission: 'manageBooks', guards: [] },
  { from: 'keyed', to: 'accepted', action: 'accept', permission: 'review', guards: ['allEntriesSettled', 'entriesValid', 'explained'] },
  { from: 'keyed', to: 'keying', action: 'reopen', permission: 'manageBooks', guards: ['reason'] },
  // Undoing an acceptance (nghiệm thu) is for whoever may accept.
  { from: 'accepted', to: 'keying', action: 'reopen', permission: 'review', guards: ['reason'] },
];

export interface Actor {
  id: string;
  roles: readonly Role[];
}

export interface EntryFacts {
  actor: Actor;
  /** Who keyed the entry: its creator and its last editor; empty for a new entry. */
  keyedBy: readonly string[];
  book: { status: BookStatus; requiresVerification: boolean };
  reason?: string;
}

export interface BookFacts {
  actor: Actor;
  /** Entries still draft, keyed, verified or returned. */
  unsettledEntries: number;
  /** Keyed entries with validation errors. */
  invalidEntries: number;
  /** The acceptance check found a line that may pass only with a written explanation. */
  needsExplanation: boolean;
  /** Why the book is re-opened, or the officer's note when accepting it. */
  reason?: string;
}

const hasReason = (reason: string | undefined) => (reason ?? '').trim() !== '';

export const entryGuards: Readonly<Record<EntryGuard, (facts: EntryFacts) => boolean>> = {
  notOwnEntry: (f) => !f.keyedBy.includes(f.actor.id),
  bookOpen: (f) => f.book.status !== 'accepted',
  bookAccepted: (f) => f.book.status === 'accepted',
  verificationRequired: (f) => f.book.requiresVerification,
  verificationNotRequired: (f) => !f.book.requiresVerification,
  reason: (f) => hasReason(f.reason),
};

export const bookGuards: Readonly<Record<BookGuard, (facts: BookFacts) => boolean>> = {
  allEntriesSettled: (f) => f.unsettledEntries === 0,
  entriesValid: (f) => f.invalidEntries === 0,
  explained: (f) => !f.needsExplanation || hasReason(f.reason),
  reason: (f) => hasReason(f.reason),
};

/** The first refusal found: no such move, the role lacks the permission, or a guard failed. */
export type Decision<S, G> = { ok: true; to: S } | { ok: false; refusal: 'no_transition' | 'forbidden_role' | G };

function decide<F, T, A, G extends string, Facts extends { actor: Actor }>(
  table: readonly Transition<F, T, A, G>[],
  guards: Readonly<Record<G, (facts: Facts) => boolean>>,
  from: F,
  action: A,
  facts: Facts,
): Decision<T, G> {
  const row = table.find((t) => t.from === from && t.action === action);
  if (!row) return { ok: false, refusal: 'no_transition' };
  if (!can(facts.actor.roles, row.permission)) return { ok: false, refusal: 'forbidden_role' };
  const failed = row.guards.find((g) => !guards[g](facts));
  return failed === undefined ? { ok: true, to: row.to } : { ok: false, refusal: failed };
}

export const decideEntry = (from: EntryOrigin, action: EntryAction, facts: EntryFacts): Decision<EntryStatus, EntryGuard> =>
  decide(entryTransitions, entryGuards, from, action, facts);

export const decideBook = (from: BookStatus, action: BookAction, facts: BookFacts): Decision<BookStatus, BookGuard> =>
  decide(bookTransitions, bookGuards, from, action, facts);

/** Statuses whose entries wait for the justice officer. */
export const awaitingReview: readonly EntryStatus[] = ['keyed', 'verified'];
/** Statuses that still need keying or review before a book can be accepted. */
export const unsettledStatuses: readonly EntryStatus[] = ['draft', 'keyed', 'verified', 'returned'];
