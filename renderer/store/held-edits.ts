/**
 * Unsaved edits of an entry that is already keyed, held sealed while the clerk types. A keyed
 * entry changes only through an audited keyed save, yet what was typed must survive an idle
 * lock, a closed window or a crash. One held edit per entry, for the person who typed it,
 * against the sealed version of the entry it started from: once that version has moved on
 * (saved, approved, returned by someone) the held edit is stale and is dropped, never laid over
 * newer work. Not audited, like a draft's autosaves: the values reach the log when saved.
 */
import { z } from 'zod';
import type { AppStoreInternals } from './app-store';
import type { EntryRow } from './db';
import { openRecord, sealedVersion, sealRecord } from './records';
import { StoreError, type BookId, type EntryId } from './types';

const SCHEMA_VERSION = 1;

const HeldEditRecord = z.object({
  entryId: z.string(),
  /** sealedVersion() of the entry row the edit started from. */
  base: z.string(),
  values: z.record(z.string(), z.string()),
  notInBook: z.array(z.string()),
  pages: z.array(z.string()),
  at: z.number(),
});

export interface HeldEdit {
  values: Record<string, string>;
  notInBook: string[];
  pages: string[];
  /** When it was last held. */
  at: number;
}

export interface HeldEdits {
  /** Holds the form's content for a keyed entry of the book (replacing what was held). */
  hold(input: { id: EntryId; bookId: BookId } & Omit<HeldEdit, 'at'>): Promise<void>;
  /** The signed-in person's held edit of the entry, unless the entry has changed since. */
  held(id: EntryId): Promise<HeldEdit | null>;
  drop(id: EntryId): Promise<void>;
}

export function createHeldEdits(app: AppStoreInternals, clean: (bookId: string, values: Record<string, string>) => Promise<Record<string, string>>): HeldEdits {
  const { db } = app;

  const write = (apply: () => Promise<void>) => {
    const { keys, userId } = app.unlocked('keyEntries');
    return app.writer.write({ keys, actorId: userId, audit: [], tables: [db.heldEdits], apply });
  };

  const entryRow = async (id: string): Promise<EntryRow> => {
    const row = await db.entries.get(id);
    if (!row) throw new StoreError('not_found');
    return row;
  };

  return {
    async hold(input) {
      const { keys, userId } = app.unlocked('keyEntries');
      const row = await entryRow(input.id);
      if (row.bookId !== input.bookId) throw new StoreError('not_found');
      // A draft autosaves itself; holding is for what an audited save would otherwise lose.
      if (row.status === 'draft') throw new StoreError('bad_transition');
      const record = {
        entryId: row.id,
        base: sealedVersion(row),
        values: await clean(row.bookId, input.values),
        notInBook: [...input.notInBook],
        pages: [...input.pages],
        at: app.now(),
      };
      const sealed = await sealRecord(keys, 'heldEdits', row.id, SCHEMA_VERSION, record, record.at);
      await write(async () => void (await db.heldEdits.put({ ...sealed, userId })));
    },

    async held(id) {
      const { keys, userId } = app.unlocked('keyEntries');
      const heldRow = await db.heldEdits.get(id);
      if (!heldRow || heldRow.userId !== userId) return null;
      const [record, row] = await Promise.all([openRecord(keys, 'heldEdits', heldRow, HeldEditRecord), db.entries.get(id)]);
      if (!row || record.base !== sealedVersion(row)) {
        await write(async () => void (await db.heldEdits.delete(id)));
        return null;
      }
      return { values: record.values, notInBook: record.notInBook, pages: record.pages, at: record.at };
    },

    async drop(id) {
      await write(async () => void (await db.heldEdits.delete(id)));
    },
  };
}
