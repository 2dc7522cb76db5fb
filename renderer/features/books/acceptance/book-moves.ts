/**
 * Which lifecycle buttons a book row offers: the moves the transition table has from the book's
 * status for a permission the person holds. Pure; the guards (settled entries, a reason, the
 * acceptance check) are the store's to enforce and the screens' to explain.
 */
import { can, type Role } from '../../../../shared/auth/roles';
import { bookTransitions, type BookAction, type BookStatus } from '../../../../shared/domain/lifecycle';

/** Starting to key is never a button: the first keyed entry does it. */
export type BookMove = Exclude<BookAction, 'startKeying'>;

const MOVES: readonly BookMove[] = ['finishKeying', 'accept', 'reopen'];

export const bookMovesFor = (status: BookStatus, roles: readonly Role[]): BookMove[] =>
  MOVES.filter((action) => bookTransitions.some((t) => t.from === status && t.action === action && can(roles, t.permission)));
