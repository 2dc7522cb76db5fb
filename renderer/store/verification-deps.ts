/**
 * What the verification modules (dependent re-keying, double entry) need from the citizen
 * store, and the two rules they share: which fields a policy has re-keyed and which session a
 * work sample belongs to. No effects of its own.
 */
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import { verifiedFields, type VerificationPolicy } from '../../shared/domain/verification';
import type { AppStoreInternals } from './app-store';
import type { BookRow, EntryIndexRow, EntryRow } from './db';
import type { EntryRecord } from './entry-sealing';
import type { EntryView } from './types';

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
