/**
 * Verification of keyed entries as the book's policy asks (dependent re-keying for now):
 * the next entry a clerk may verify, saving a verification and the operator statistics read
 * from the work log. The store recomputes every field's outcome from the verifier's attempts
 * (shared/domain/verification), so the UI cannot claim a result the attempts do not give.
 * A verification is sealed in its own row, moves the entry keyed → verified with its audit
 * entry and work samples in one transaction, and corrects the values the keyer got wrong
 * without making the verifier the entry's keyer.
 */
import { z } from 'zod';
import {
  rekey,
  startField,
  statsPerPerson,
  statsPerSession,
  tally,
  type FieldOutcome,
  type OperatorStats,
  type VerificationMethod,
} from '../../shared/domain/verification';
import type { VerificationRow } from './db';
import { sealEntry } from './entry-sealing';
import { openRecord, sealRecord } from './records';
import { selectionOf } from './verification-selection';
import { commitVerify, fieldsToVerify, sessionIdOf, startVerify, type VerificationDeps } from './verification-deps';
import { keyingSessionOf, readWork, sealWork } from './work-log';
import { StoreError, type BookId, type EntryId, type EntryView, type UserId, type WorkMeasure } from './types';

const VERIFICATION_SCHEMA_VERSION = 1;

const Outcome = z.object({
  value: z.string(),
  keyerErrors: z.union([z.literal(0), z.literal(1)]),
  verifierErrors: z.number().int().min(0),
  attempts: z.number().int().min(0),
});

const VerificationRecord = z.object({
  entryId: z.string(),
  method: z.literal('dependent'),
  by: z.string(),
  keyer: z.string(),
  at: z.number(),
  fields: z.record(z.string(), Outcome),
});

export interface VerificationTask {
  entry: EntryView;
  method: VerificationMethod;
  /** Field keys to re-key blind, in form order. */
  fields: string[];
}

export interface VerificationView {
  by: UserId;
  keyer: UserId;
  at: number;
  fields: Record<string, FieldOutcome>;
  keyerErrors: number;
  verifierErrors: number;
  fieldsWithErrors: number;
}

export interface OperatorStatsReport {
  perPerson: OperatorStats[];
  perSession: OperatorStats[];
}

export interface EntryVerification {
  /** The oldest keyed entry of the book that the policy selects and the signed-in clerk did not key; null when none is left. */
  next(bookId: BookId): Promise<VerificationTask | null>;
  /** Saves a dependent verification: per field, every value the verifier typed, in order. Every field must be settled. */
  saveDependent(id: EntryId, attempts: Readonly<Record<string, readonly string[]>>, work: WorkMeasure): Promise<EntryView>;
  result(id: EntryId): Promise<VerificationView | null>;
  /** Operator statistics over work done in [from, to] (all time without a range): per person and per session. */
  stats(range?: { from?: number; to?: number }): Promise<OperatorStatsReport>;
}

export function createEntryVerification(deps: VerificationDeps): EntryVerification {
  const { app, loadEntry, loadBook, definition, entryView } = deps;
  const { db } = app;

  return {
    async next(bookId) {
      const { userId } = app.unlocked('keyEntries');
      const book = await loadBook(bookId);
      if (book.policy.mode === 'none') return null;
      const selected = await selectionOf(db, bookId, book.policy);
      const candidates = (await db.entries.where('[bookId+status]').equals([bookId, 'keyed']).primaryKeys()).map(String).filter((id) => selected(id)).sort();
      for (const id of candidates) {
        const loaded = await loadEntry(id);
        if (!loaded || loaded.record.createdBy === userId || loaded.record.updatedBy === userId) continue;
        return { entry: entryView(loaded.record, loaded.row), method: book.policy.method, fields: fieldsToVerify(book.policy, definition(book.type)) };
      }
      return null;
    },

    async saveDependent(id, attempts, work) {
      const { keys, userId } = app.unlocked('keyEntries');
      if (!keys.data) throw new StoreError('forbidden_role');
      const { row, record, book, def, to } = await startVerify(deps, id, 'dependent');
      const outcomes: Record<string, FieldOutcome> = {};
      for (const key of fieldsToVerify(book.policy, def)) {
        const field = def.fields.find((f) => f.key === key);
        if (!field) continue;
        const state = (attempts[key] ?? []).reduce((s, typed) => rekey(field, s, typed), startField(record.values[key] ?? ''));
        if (state.phase !== 'settled') throw new StoreError('verification_incomplete');
        outcomes[key] = state.outcome;
      }
      const corrected = Object.entries(outcomes).filter(([, o]) => o.keyerErrors > 0);
      const values = { ...record.values, ...Object.fromEntries(corrected.map(([key, o]) => [key, o.value])) };
      const now = app.now();
      const keyer = record.updatedBy;
      // A verification is not an edit: the keyer stays the entry's keyer, whom its errors and the approval's own-entry check are about.
      const sealed = await sealEntry(
        { keyId: keys.keyId, data: keys.data, search: keys.search },
        def,
        { userId: keyer, now, id: record.id, existing: record },
        {
          bookId: record.bookId as BookId,
          values,
          notInBook: record.notInBook.filter((k) => !corrected.some(([key, o]) => key === k && o.value !== '')),
          damage: record.damage,
          status: to,
        },
      );
      const verification = VerificationRecord.parse({ entryId: id, method: 'dependent', by: userId, keyer, at: now, fields: outcomes });
      const verificationRow: VerificationRow = {
        ...(await sealRecord(keys, 'verifications', id, VERIFICATION_SCHEMA_VERSION, verification, now)),
        bookId: record.bookId,
        state: 'settled',
      };
      const summary = tally(Object.values(outcomes));
      const verifierFieldsWithErrors = Object.values(outcomes).filter((o) => o.verifierErrors > 0).length;
      const sessionId = sessionIdOf(app);
      const base = { entryId: id, at: now, fieldsChecked: summary.fields };
      const workRows = await Promise.all([
        sealWork(keys, {
          ...base,
          userId,
          sessionId,
          kind: 'verifying',
          keystrokes: work.keystrokes,
          activeMs: work.activeMs,
          entries: 1,
          errors: summary.verifierErrors,
          fieldsWithErrors: verifierFieldsWithErrors,
        }),
        sealWork(keys, {
          ...base,
          userId: keyer,
          // Errors count in the sitting the entry was keyed in; '' when that keying was not measured (imported rows).
          sessionId: (await keyingSessionOf(db, keys, id, keyer)) ?? '',
          kind: 'keying',
          keystrokes: 0,
          activeMs: 0,
          entries: 0,
          errors: summary.keyerErrors,
          fieldsWithErrors: corrected.length,
        }),
      ]);
      const changes = corrected.map(([key, o]) => [key, record.values[key] ?? '', o.value]);
      await commitVerify(deps, {
        keys,
        userId,
        before: row,
        row: sealed.row,
        indexRow: sealed.indexRow,
        verification: verificationRow,
        work: workRows,
        details: {
          method: 'dependent',
          fields: summary.fields,
          keyerErrors: summary.keyerErrors,
          verifierErrors: summary.verifierErrors,
          changes: JSON.stringify(changes),
        },
      });
      return entryView(sealed.record, sealed.row);
    },

    async result(id) {
      const { keys } = app.unlocked('citizenData');
      const row = await db.verifications.get(id);
      if (!row) return null;
      // Double-entry records live in the same table; they have no per-field outcomes to show here.
      const record = await openRecord(keys, 'verifications', row, z.union([VerificationRecord, z.object({ method: z.literal('independent') })]));
      if (record.method !== 'dependent') return null;
      const summary = tally(Object.values(record.fields));
      return {
        by: record.by as UserId,
        keyer: record.keyer as UserId,
        at: record.at,
        fields: record.fields,
        keyerErrors: summary.keyerErrors,
        verifierErrors: summary.verifierErrors,
        fieldsWithErrors: summary.fieldsWithErrors,
      };
    },

    async stats(range) {
      const { keys } = app.unlocked('reports');
      const samples = await readWork(db, keys, range);
      return { perPerson: statsPerPerson(samples), perSession: statsPerSession(samples) };
    },
  };
}
