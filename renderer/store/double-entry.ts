/**
 * Independent double entry: a second clerk keys the policy's fields blind; the store keeps that
 * keying sealed beside the first and lists the fields where they differ. With no difference the
 * entry is simply verified; otherwise it waits for the justice officer's arbitration, which
 * writes the chosen values and approves the entry in the same step (the officer compared both
 * keyings with the book, which is what a review is). Nobody arbitrates an entry they keyed.
 */
import { z } from 'zod';
import {
  arbitrate,
  arbitrationErrors,
  doubleEntryDiff,
  type ArbitrationChoice,
  type FieldDifference,
} from '../../shared/domain/verification';
import type { AuditDraft } from './audit-chain';
import type { VerificationRow } from './db';
import { sealEntry } from './entry-sealing';
import { actorOf, moveEntry, storedBookStatus, storedEntryStatus } from './lifecycle-moves';
import { openRecord, sealRecord } from './records';
import { commitVerify, fieldsToVerify, sessionIdOf, startVerify, type VerificationDeps } from './verification-deps';
import { keyingSessionOf, sealWork } from './work-log';
import { StoreError, type BookId, type EntryId, type EntryView, type ReviewNote, type UserId, type WorkMeasure } from './types';

const SCHEMA_VERSION = 1;

const Difference = z.object({ key: z.string(), a: z.string(), b: z.string() });
const DoubleEntryRecord = z.object({
  entryId: z.string(),
  method: z.literal('independent'),
  keyer: z.string(),
  by: z.string(),
  at: z.number(),
  second: z.record(z.string(), z.string()),
  fields: z.number().int().min(0),
  differences: z.array(Difference),
  arbitration: z.object({ by: z.string(), at: z.number(), decided: z.record(z.string(), z.enum(['a', 'b', 'typed'])) }).nullable(),
});
type DoubleEntryRecord = z.infer<typeof DoubleEntryRecord>;

export interface ArbitrationCase {
  entry: EntryView;
  /** Keying B of the differing fields; keying A is the entry itself. */
  differences: FieldDifference[];
}

/** What the two keyings came to, for the review: who keyed twice, how many fields differed, how the officer decided. */
export interface DoubleEntryView {
  keyer: UserId;
  by: UserId;
  at: number;
  /** Fields keyed by both clerks. */
  fields: number;
  differences: number;
  /** Null while the differences wait for the officer, and when there were none. */
  arbitration: {
    by: UserId;
    at: number;
    /** Differing fields where keying A (the first clerk) was wrong, and keying B. */
    keyerErrors: number;
    verifierErrors: number;
    /** Fields where neither keying was right and the officer typed the value. */
    typed: number;
  } | null;
}

export interface DoubleEntry {
  /** The second, blind keying of the policy's fields by another clerk. */
  saveSecondKeying(id: EntryId, values: Readonly<Record<string, string>>, work: WorkMeasure): Promise<EntryView>;
  /** Entries of the book whose two keyings differ, oldest first. */
  arbitrationQueue(bookId: BookId): Promise<EntryId[]>;
  arbitration(id: EntryId): Promise<ArbitrationCase>;
  /** The officer's choice for every differing field; approves the entry with the chosen values. */
  arbitrate(id: EntryId, choices: Readonly<Record<string, ArbitrationChoice>>): Promise<EntryView>;
  /** The entry's double entry as stored; null when it was not keyed twice. */
  result(id: EntryId): Promise<DoubleEntryView | null>;
}

export function createDoubleEntry(deps: VerificationDeps): DoubleEntry {
  const { app, loadEntry, loadBook, definition, entryView, indexed } = deps;
  const { db } = app;

  const sealVerification = async (record: DoubleEntryRecord, bookId: string, now: number): Promise<VerificationRow> => {
    const { keys } = app.unlocked('citizenData');
    const sealed = await sealRecord(keys, 'verifications', record.entryId, SCHEMA_VERSION, record, now);
    return { ...sealed, bookId, state: record.differences.length > 0 && !record.arbitration ? 'arbitration' : 'settled' };
  };

  const loadCase = async (id: string) => {
    const { keys } = app.unlocked('review');
    const [loaded, row] = await Promise.all([loadEntry(id), db.verifications.get(id)]);
    if (!loaded || row?.state !== 'arbitration') throw new StoreError('not_found');
    return { ...loaded, verificationRow: row, verification: await openRecord(keys, 'verifications', row, DoubleEntryRecord) };
  };

  return {
    async saveSecondKeying(id, values, work) {
      const { keys, userId } = app.unlocked('keyEntries');
      const { row, record, book, def, to } = await startVerify(deps, id, 'independent');
      const keysToCompare = new Set(fieldsToVerify(book.policy, def));
      const fields = def.fields.filter((f) => keysToCompare.has(f.key));
      const now = app.now();
      const second = Object.fromEntries(fields.map((f) => [f.key, (values[f.key] ?? '').normalize('NFC').trim()]));
      const differences = doubleEntryDiff(fields, record.values, second);
      const verification: DoubleEntryRecord = { entryId: id, method: 'independent', keyer: record.updatedBy, by: userId, at: now, second, fields: fields.length, differences, arbitration: null };
      const [verificationRow, workRow] = await Promise.all([
        sealVerification(verification, record.bookId, now),
        sealWork(keys, { userId, sessionId: sessionIdOf(app), entryId: id, kind: 'verifying', at: now, keystrokes: work.keystrokes, activeMs: work.activeMs, entries: 1, fieldsChecked: 0, errors: 0, fieldsWithErrors: 0 }),
      ]);
      // The entry's sealed record does not change: only its status column moves.
      const nextRow = { ...row, status: to, updatedAt: now };
      const indexRow = await db.entryIndex.get(id);
      if (!indexRow) throw new StoreError('not_found');
      await commitVerify(deps, {
        keys,
        userId,
        before: row,
        row: nextRow,
        indexRow: { ...indexRow, status: to },
        verification: verificationRow,
        work: [workRow],
        details: { method: 'independent', fields: fields.length, differences: differences.length },
      });
      return entryView(record, nextRow);
    },

    async arbitrationQueue(bookId) {
      app.unlocked('review');
      return ((await db.verifications.where('[bookId+state]').equals([bookId, 'arbitration']).primaryKeys()) as EntryId[]).sort();
    },

    async arbitration(id) {
      const { record, row, verification } = await loadCase(id);
      return { entry: entryView(record, row), differences: verification.differences };
    },

    async arbitrate(id, choices) {
      const { keys, userId } = app.unlocked('review');
      if (!keys.data) throw new StoreError('forbidden_role');
      const { record, row, verification } = await loadCase(id);
      const book = await loadBook(record.bookId);
      const to = moveEntry(storedEntryStatus(row.status), 'approve', {
        actor: actorOf(app),
        // Both keyers: the officer arbitrates only between other people's keyings.
        keyedBy: [record.createdBy, record.updatedBy, verification.by],
        book: { status: storedBookStatus(book.row.status), requiresVerification: true },
      });
      const def = definition(book.type);
      const result = arbitrate(def.fields, record.values, verification.differences, choices);
      if ('missing' in result) throw new StoreError('verification_incomplete');
      const now = app.now();
      const review: ReviewNote = { decision: 'approved', reason: '', field: null, by: userId as ReviewNote['by'], at: now };
      const sealed = await sealEntry(
        { keyId: keys.keyId, data: keys.data, search: keys.search },
        def,
        { userId: record.updatedBy, now, id, existing: { ...record, review } },
        { bookId: record.bookId as BookId, values: result.values, notInBook: record.notInBook, damage: record.damage, status: to },
      );
      const settled: DoubleEntryRecord = { ...verification, arbitration: { by: userId, at: now, decided: result.decided } };
      const errors = arbitrationErrors(result.decided);
      const checked = { entryId: id, at: now, fieldsChecked: verification.fields, keystrokes: 0, activeMs: 0, entries: 0 };
      const [verificationRow, workA, workB] = await Promise.all([
        sealVerification(settled, record.bookId, now),
        sealWork(keys, { ...checked, userId: verification.keyer, sessionId: (await keyingSessionOf(db, keys, id, verification.keyer)) ?? '', kind: 'keying', errors: errors.a, fieldsWithErrors: errors.a }),
        sealWork(keys, { ...checked, userId: verification.by, sessionId: '', kind: 'verifying', errors: errors.b, fieldsWithErrors: errors.b }),
      ]);
      const changes = Object.keys(result.decided).map((key) => [key, record.values[key] ?? '', result.values[key] ?? '']);
      const audit: AuditDraft = {
        action: 'entry.approved',
        targetId: id,
        citizen: true,
        details: { book: record.bookId, from: row.status, status: to, arbitrated: true, changes: JSON.stringify(changes) },
      };
      await app.writer.write({
        keys,
        actorId: userId,
        audit: [audit],
        tables: [db.entries, db.entryIndex, db.verifications, db.workLog],
        apply: async () => {
          const current = await db.entries.get(id);
          if (current?.updatedAt !== row.updatedAt || current.status !== row.status) throw new StoreError('conflict');
          await db.entries.put(sealed.row);
          await db.entryIndex.put(sealed.indexRow);
          await db.verifications.put(verificationRow);
          await db.workLog.bulkPut([workA, workB]);
        },
      });
      indexed([sealed.indexRow]);
      return entryView(sealed.record, sealed.row);
    },

    async result(id) {
      const { keys } = app.unlocked('citizenData');
      const row = await db.verifications.get(id);
      if (!row) return null;
      // Dependent re-keying results live in the same table (entry-verification.ts).
      const record = await openRecord(keys, 'verifications', row, z.union([DoubleEntryRecord, z.object({ method: z.literal('dependent') })]));
      if (record.method !== 'independent') return null;
      const { arbitration } = record;
      const decided = arbitration ? Object.values(arbitration.decided) : [];
      const errors = arbitration ? arbitrationErrors(arbitration.decided) : null;
      return {
        keyer: record.keyer as UserId,
        by: record.by as UserId,
        at: record.at,
        fields: record.fields,
        differences: record.differences.length,
        arbitration:
          arbitration && errors
            ? { by: arbitration.by as UserId, at: arbitration.at, keyerErrors: errors.a, verifierErrors: errors.b, typed: decided.filter((pick) => pick === 'typed').length }
            : null,
      };
    },
  };
}
