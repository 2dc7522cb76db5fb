/**
 * The IndexedDB schema (Dexie). Rows hold only non-identifying plaintext columns (ids,
 * types, statuses, timestamps, opaque tokens); everything about a person is in `sealed`
 * envelopes. This is the only module that names Dexie tables; it holds no keys.
 */
import { Dexie, type EntityTable } from 'dexie';

export interface MetaRow {
  key: 'install' | 'settings' | 'auditHead';
  value: unknown;
}

export interface SlotRow {
  slotId: string;
  userId: string | null;
  kind: 'password' | 'recovery';
  /** SHA-256 of install salt + folded username: finds the slot without storing the username. */
  loginTag: string;
  /** base64 slot JSON; device-sealed by the host vault unless `deviceBound` is false. */
  blob: string;
  deviceBound: boolean;
  createdAt: number;
}

export interface LoginAttemptRow {
  loginTag: string;
  failures: number;
  lastFailureAt: number;
}

/** A sealed row of any table: `sealed` is an envelope whose AAD binds id, table, schema and key. */
export interface SealedRow {
  id: string;
  schemaVersion: number;
  keyId: string;
  updatedAt: number;
  sealed: Uint8Array;
}

export type UserRow = SealedRow;

export interface AuditRow {
  seq: number;
  at: number;
  action: string;
  actorId: string | null;
  targetId: string | null;
  keyId: string;
  /** details sealed with the admin key (or the data key when they describe citizen data). */
  sealed: Uint8Array;
  sealedWith: 'admin' | 'data';
  prevHash: string;
  hash: string;
}

/** Events that happen while locked (failed logins): no key to seal or chain them yet. */
export interface PendingAuditRow {
  id?: number;
  at: number;
  action: 'auth.login_failed';
  loginTag: string;
}

export interface BookRow extends SealedRow {
  type: string;
  status: string;
}

export interface EntryRow extends SealedRow {
  bookId: string;
  type: string;
  status: string;
  createdBy: string;
}

/**
 * One small row per entry for the in-memory search index: its filter columns and its
 * blind-index tokens (HMAC with the search key, 16 hex digits each, concatenated).
 */
export interface EntryIndexRow {
  id: string;
  bookId: string;
  type: string;
  status: string;
  createdBy: string;
  tokens: string;
}

/** One imported scan file (PDF or image); `sealed` holds its name and type. Usable only when `state` is ready. */
export interface ScanSourceRow extends SealedRow {
  bookId: string;
  kind: 'pdf' | 'image';
  size: number;
  chunkSize: number;
  chunkCount: number;
  /** 'importing' rows are invisible and removed by the next clean-up; the import's finish makes them 'ready'. */
  state: 'importing' | 'ready';
}

/** One sealed slice of a source's bytes; the AAD binds source id and index, so chunks cannot be swapped. */
export interface ScanChunkRow {
  id: string;
  sourceId: string;
  index: number;
  size: number;
  keyId: string;
  sealed: Uint8Array;
}

/** One page of a book's scan; `sealed` is its small thumbnail (JPEG). */
export interface ScanPageRow extends SealedRow {
  bookId: string;
  sourceId: string;
  kind: 'pdf' | 'image';
  /** Page within a PDF source (0-based); 0 for an image. */
  pageIndex: number;
  order: number;
  number: number;
  rotation: 0 | 90 | 180 | 270;
}

/** One entry's verification (dependent re-keying result or independent second keying); id is the entry's. */
export interface VerificationRow extends SealedRow {
  bookId: string;
  /** 'arbitration' while a double entry's differences wait for the justice officer. */
  state: 'settled' | 'arbitration';
}

/** One work sample of one person (operator statistics); sealed although it holds counts only, so it goes with the data key. */
export interface WorkRow extends SealedRow {
  userId: string;
  entryId: string;
  at: number;
}

/** A keyed entry's unsaved edit (held-edits.ts); id is the entry's, userId who typed it. */
export interface HeldEditRow extends SealedRow {
  userId: string;
}

export class SohoaDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  slots!: EntityTable<SlotRow, 'slotId'>;
  loginAttempts!: EntityTable<LoginAttemptRow, 'loginTag'>;
  users!: EntityTable<UserRow, 'id'>;
  audit!: EntityTable<AuditRow, 'seq'>;
  auditPending!: EntityTable<PendingAuditRow, 'id'>;
  books!: EntityTable<BookRow, 'id'>;
  entries!: EntityTable<EntryRow, 'id'>;
  entryIndex!: EntityTable<EntryIndexRow, 'id'>;
  scanSources!: EntityTable<ScanSourceRow, 'id'>;
  scanChunks!: EntityTable<ScanChunkRow, 'id'>;
  scanPages!: EntityTable<ScanPageRow, 'id'>;
  verifications!: EntityTable<VerificationRow, 'id'>;
  workLog!: EntityTable<WorkRow, 'id'>;
  heldEdits!: EntityTable<HeldEditRow, 'id'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      meta: '&key',
      slots: '&slotId, userId, loginTag',
      loginAttempts: '&loginTag',
      users: '&id',
      audit: '&seq, at, action, actorId',
      auditPending: '++id',
      books: '&id, type, status, updatedAt',
      entries: '&id, bookId, type, status, createdBy, [bookId+status], [bookId+createdBy]',
      entryIndex: '&id',
    });
    // An entry's history reads its audit entries by target.
    this.version(2).stores({ audit: '&seq, at, action, actorId, targetId' });
    // Scans: sealed chunks of each imported file and the book's pages.
    this.version(3).stores({
      scanSources: '&id, bookId, state',
      scanChunks: '&id, sourceId',
      scanPages: '&id, bookId, sourceId',
    });
    // Verification of keyed entries and the operator statistics' work samples.
    this.version(4).stores({
      verifications: '&id, [bookId+state]',
      workLog: '&id, userId, entryId, at',
    });
    // Unsaved edits of keyed entries, kept sealed until saved or dropped.
    this.version(5).stores({ heldEdits: '&id' });
  }
}

/** Tables whose rows describe citizens: opened only by sessions that hold the data key. */
export const citizenTables = ['books', 'entries', 'scanSources', 'scanPages', 'verifications', 'workLog', 'heldEdits'] as const;
export type CitizenTable = (typeof citizenTables)[number];
