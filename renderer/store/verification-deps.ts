/**
 * What the verification modules (dependent re-keying, double entry) need from the citizen
 * store, the two rules they share (which fields a policy has re-keyed, which session a work
 * sample belongs to), and the start and the write they share: the `verify` move and its one
 * audited transaction.
 */
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import type { EntryStatus } from '../../shared/domain/lifecycle';
import { verifiedFields, type VerificationMethod, type VerificationPolicy } from '../../shared/domain/verification';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import type { AuditDetails } from './audit-chain';
import type { AppStoreInternals } from './app-store';
import type { BookRow, EntryIndexRow, EntryRow, VerificationRow, WorkRow } from './db';
import type { EntryRecord } from './entry-sealing';
import { actorOf, moveEntry, storedBookStatus, storedEntryStatus } from './lifecycle-moves';
import { StoreError, type EntryView } from './types';
import { selectionOf } from './verification-selection';

export interface VerificationDeps {
  app: AppStoreInternals;
  loadEntry(id: string): Promise<{ row: EntryRow; record: EntryRecord } | null>;
  loadBook(id: string): Promise<{ row: BookRow; type: string; policy: VerificationPolicy }>;
  definition(code: string): RegisterTypeDef;
  entryView(record: EntryRecord, row: EntryRow): EntryView;
  indexed(rows: EntryIndexRow[]): void;
}

/** Dates in words are written by the form from the date field, never keyed: nothing to re-key there. */
export const fieldsToVerify = (policy: VerificationPolicy, def: RegisterTypeDef): string[] =>
  verifiedFields(policy, def.fields.filter((f) => f.kind !== 'date-words').map((f) => f.key));

/** The id of the signed-in session, so statistics can be read per sitting. */
export const sessionIdOf = (app: AppStoreInternals): string => String(app.session()?.unlockedAt ?? 0);

/**
 * The common start of a re-keying by the policy's method: the entry and its book, and the
 * `verify` move the lifecycle allows (refused for the entry's own keyer, or when the policy did
 * not select it).
 */
export async function startVerify(deps: VerificationDeps, id: string, method: VerificationMethod) {
  const { db } = deps.app;
  const loaded = await deps.loadEntry(id);
  if (!loaded) throw new StoreError('not_found');
  const { row, record } = loaded;
  const book = await deps.loadBook(record.bookId);
  if (book.policy.method !== method) throw new StoreError('bad_transition');
  const selected = await selectionOf(db, record.bookId, book.policy);
  const to: EntryStatus = moveEntry(storedEntryStatus(row.status), 'verify', {
    actor: actorOf(deps.app),
    keyedBy: [record.createdBy, record.updatedBy],
    book: { status: storedBookStatus(book.row.status), requiresVerification: selected(id) },
  });
  return { row, record, book, def: deps.definition(book.type), to };
}

export interface VerifyCommit {
  keys: SessionKeys;
  userId: string;
  /** The entry row as read when the verification started. */
  before: EntryRow;
  row: EntryRow;
  indexRow: EntryIndexRow;
  verification: VerificationRow;
  work: readonly WorkRow[];
  /** What the method adds to the `entry.verified` audit entry (counts, changes). */
  details: AuditDetails;
}

/**
 * Writes a verification: the entry's new row, its index row, the sealed verification and the
 * work samples with the `entry.verified` audit entry, all in one transaction.
 */
export async function commitVerify(deps: Pick<VerificationDeps, 'app' | 'indexed'>, commit: VerifyCommit): Promise<void> {
  const { db } = deps.app;
  const { before, row, indexRow } = commit;
  await deps.app.writer.write({
    keys: commit.keys,
    actorId: commit.userId,
    audit: [{ action: 'entry.verified', targetId: row.id, citizen: true, details: { book: row.bookId, from: before.status, status: row.status, ...commit.details } }],
    tables: [db.entries, db.entryIndex, db.verifications, db.workLog],
    apply: async () => {
      const current = await db.entries.get(row.id);
      // The keyer saved the entry again while it was being verified: verify what is there now.
      if (current?.updatedAt !== before.updatedAt || current.status !== before.status) throw new StoreError('conflict');
      await db.entries.put(row);
      await db.entryIndex.put(indexRow);
      await db.verifications.put(commit.verification);
      await db.workLog.bulkPut([...commit.work]);
    },
  });
  deps.indexed([indexRow]);
}
