/**
 * What the verification modules (dependent re-keying, double entry) need from the citizen
 * store, and the two rules they share: which fields a policy has re-keyed and which session a
 * work sample belongs to. No effects of its own.
 */
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import type { EntryStatus } from '../../shared/domain/lifecycle';
import { verifiedFields, type VerificationMethod, type VerificationPolicy } from '../../shared/domain/verification';
import type { AppStoreInternals } from './app-store';
import type { BookRow, EntryIndexRow, EntryRow } from './db';
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
