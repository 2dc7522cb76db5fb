/**
 * The store's public shapes: what the UI may read about accounts, sessions and the audit
 * log. Views only; key material and sealed bytes never appear here.
 */
import type { Role } from '../../shared/auth/roles';
import type { PasswordProblem } from '../../shared/auth/password-policy';
import type { BookStatus, EntryStatus } from '../../shared/domain/lifecycle';
import type { VerificationPolicy } from '../../shared/domain/verification';

export type { BookStatus, EntryStatus };

export type UserId = string & { readonly __brand: 'UserId' };

export type Era = 'before-2025-07-01' | 'from-2025-07-01';

/** The commune this laptop is provisioned for, stored with the names as the user chose them. */
export interface CommuneChoice {
  era: Era;
  province: { code: string; name: string };
  district: { code: string; name: string } | null;
  commune: { code: string; name: string };
}

export interface InstallInfo {
  installId: string;
  commune: CommuneChoice;
  provisionedAt: number;
}

export interface UserView {
  id: UserId;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  createdAt: number;
}

export interface SessionInfo {
  user: UserView;
  /** false for technician-only sessions: the store holds no citizen-data key for them. */
  citizenAccess: boolean;
  unlockedAt: number;
}

export type LoginFailure =
  | { reason: 'bad_credentials'; retryAfterMs: number }
  | { reason: 'throttled'; retryAfterMs: number }
  | { reason: 'inactive'; retryAfterMs: 0 };

export type LockReason = 'manual' | 'idle' | 'suspend' | 'lock-screen';

export interface Settings {
  idleLockMinutes: number;
  /** Per-book export file names (shared/excel BOOK_FILE_PATTERN fields). */
  exportFileName: string;
  /** Đồng per keyed entry, for the weekly report's cost estimate. */
  unitPrice: number;
}

export type AuditAction =
  | 'setup.provisioned'
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.recovery_used'
  | 'auth.lock'
  | 'auth.unlock'
  | 'user.created'
  | 'user.roles_changed'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'user.password_reset'
  | 'user.password_changed'
  | 'settings.changed'
  | 'book.created'
  | 'book.updated'
  | 'book.status_changed'
  | 'book.exported'
  | 'entry.drafted'
  | 'entry.created'
  | 'entry.updated'
  | 'entry.imported'
  | 'entry.damaged'
  | 'entry.approved'
  | 'entry.returned'
  | 'entry.verified'
  | 'scan.imported'
  | 'scan.pages_changed'
  | 'scan.pages_removed';

export interface AuditEntryView {
  seq: number;
  at: number;
  action: AuditAction;
  actorId: UserId | null;
  actorName: string | null;
  targetId: string | null;
  details: Record<string, string | number | boolean>;
}

export interface AuditFilter {
  from?: number;
  to?: number;
  actions?: AuditAction[];
  actorId?: UserId;
  limit?: number;
  /** Only entries older than this seq: the next page of a list read newest first. */
  beforeSeq?: number;
}

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBadSeq: number; problem: 'missing' | 'bad_link' | 'bad_mac' | 'unreadable' | 'truncated' };

export class StoreError extends Error {
  constructor(
    readonly code:
      | 'not_provisioned'
      | 'already_provisioned'
      | 'locked'
      | 'forbidden_role'
      | 'weak_password'
      | 'username_taken'
      | 'not_found'
      | 'needs_password_reset'
      | 'last_lead'
      | 'bad_recovery_code'
      | 'conflict'
      | 'bad_username'
      | 'bad_credentials'
      /** The lifecycle has no such move from the entry's or book's current state. */
      | 'bad_transition'
      | 'own_entry'
      | 'reason_required'
      | 'book_closed'
      | 'entries_unsettled'
      /** A verification saved with a field still waiting to be re-keyed. */
      | 'verification_incomplete'
      /** A scan that is neither a PDF nor a JPEG/PNG image. */
      | 'unsupported_file'
      /** Removing scan pages that entries are linked to. */
      | 'pages_linked'
      /** The acceptance check found keyed entries with validation errors. */
      | 'entries_invalid'
      /** Accepting a book whose check asks for an explanation (e.g. fewer entries than surveyed) without one. */
      | 'explanation_required',
    readonly detail?: { problems?: PasswordProblem[] },
  ) {
    super(`store: ${code}`);
  }
}

export type BookId = string & { readonly __brand: 'BookId' };
export type EntryId = string & { readonly __brand: 'EntryId' };

export type PaperSize = 'A3' | 'A4';

export interface BookInput {
  type: string;
  /** As written on the book, e.g. `02/1996`. */
  quyenSo: string;
  yearFrom: number;
  yearTo: number;
  /** The registering body as it was then, e.g. `UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương`. */
  registeringBody: string;
  paperSize: PaperSize;
  pageCount: number;
  surveyedCount: number;
  notes: string;
  /** Absent means none. The `nth` seed is the store's: drawn when the book first gets that policy, kept after. */
  verification?: VerificationPolicy;
}

export interface BookStats {
  /** Keyed and waiting for review (or correction before it). */
  keyed: number;
  drafts: number;
  damaged: number;
  approved: number;
  returned: number;
  clerks: UserId[];
}

/** The justice officer's sign-off (nghiệm thu); its note may quote the book, so it is stored sealed only. */
export interface BookAcceptance {
  by: UserId;
  at: number;
  note: string;
}

export interface BookView extends BookInput {
  id: BookId;
  verification: VerificationPolicy;
  status: BookStatus;
  createdAt: number;
  updatedAt: number;
  /** Set while the book is accepted. */
  acceptance: BookAcceptance | null;
}

export type DamageReason = 'torn' | 'faded' | 'missingPage' | 'other';

export interface EntryInput {
  id?: EntryId;
  bookId: BookId;
  values: Record<string, string>;
  /** Fields the clerk marked "không có trong sổ": not in the book, which is not the same as empty. */
  notInBook: string[];
  /** Scanned pages the entry was keyed from (page ids); left out, a saved entry keeps its links. */
  pages?: string[];
  /** Keystrokes and active time the form measured for this save, for operator statistics. */
  work?: WorkMeasure;
}

/** What the form measured while one entry was keyed or verified (active time without pauses, see PAUSE_MS). */
export interface WorkMeasure {
  keystrokes: number;
  activeMs: number;
}

/** One row of an Excel import: keyed when it has no error, a draft to fix otherwise. */
export interface ImportEntryInput {
  values: Record<string, string>;
  status: 'keyed' | 'draft';
}

export interface ImportCounts {
  keyed: number;
  drafts: number;
  /** Rows whose identity (number and registration date, see entryIdentity) the book already held: not imported again. */
  duplicates: number;
}

export interface EntryView {
  id: EntryId;
  bookId: BookId;
  type: string;
  status: EntryStatus;
  values: Record<string, string>;
  notInBook: string[];
  /** Scanned pages the entry was keyed from (page ids), in the book's scan. */
  pages: string[];
  damage: { reason: DamageReason; page: string; note: string } | null;
  /** The last review decision; kept after the entry is fixed, so the next review sees why it came back. */
  review: ReviewNote | null;
  createdBy: UserId;
  createdAt: number;
  updatedBy: UserId;
  updatedAt: number;
}

export interface ReviewNote {
  decision: 'approved' | 'returned';
  /** Why it was returned; may quote the entry, so it lives only in sealed records. */
  reason: string;
  /** The field the return is about, or null for the entry as a whole. */
  field: string | null;
  by: UserId;
  at: number;
}

/** One audited change of an entry, read back from the audit log. */
export interface EntryHistoryItem {
  seq: number;
  at: number;
  action: AuditAction;
  actorId: UserId | null;
  actorName: string | null;
  from: EntryStatus | 'new' | null;
  to: EntryStatus | null;
  /** Field key, value before, value after. */
  changes: [string, string, string][];
  reason: string | null;
  field: string | null;
}

export interface EntryQuery {
  bookId?: BookId;
  type?: string;
  status?: EntryStatus;
  createdBy?: UserId;
  /** Name words, any order, unaccented or partial. */
  name?: string;
  /** Personal ID or paper number. */
  idNumber?: string;
  birthYear?: string;
  so?: string;
}
