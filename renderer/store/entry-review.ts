/**
 * The justice officer's review of keyed entries: the queue per book, the same queue by scanned
 * page, approving one entry or a page's entries as they were shown (all or none, in one
 * transaction), returning one with a reason, the clerk's queue of returned entries, and an
 * entry's history. Each decision reseals the entry with its review
 * note (the reason may quote citizen data, so it exists only sealed) and is audited in the
 * same transaction. Who may decide what is the lifecycle table's call, not this module's.
 */
import { awaitingReview, type EntryAction } from '../../shared/domain/lifecycle';
import { reviewPages, type ReviewPages } from '../../shared/domain/review-pages';
import type { AuditDraft } from './audit-chain';
import type { AppStoreInternals } from './app-store';
import type { BookRow, EntryIndexRow, EntryRow } from './db';
import { readEntryHistory } from './entry-history';
import { sealEntryRecord, type EntryRecord } from './entry-sealing';
import { actorOf, moveEntry, storedBookStatus, storedEntryStatus } from './lifecycle-moves';
import type { Selection } from './verification-selection';
import { StoreError, type BookId, type EntryHistoryItem, type EntryId, type EntryView, type ReviewNote } from './types';

export interface EntryReview {
  /** Entries of the book waiting for review, oldest first. */
  queue(bookId: BookId): Promise<EntryId[]>;
  /** The signed-in clerk's returned entries, oldest first, in one book or all. */
  returned(bookId?: BookId): Promise<EntryId[]>;
  /**
   * The queue by scanned page: pages (in scan order) with the entries whose first linked page
   * they are, and the entries linked to no page of the book's scan.
   */
  byPage(bookId: BookId): Promise<ReviewPages<EntryId>>;
  /** Approves entries viewed together: every one or none. */
  approve(ids: readonly EntryId[]): Promise<EntryView[]>;
  /**
   * Approves entries listed with a scanned page, as the officer saw them (`updatedAt` of each):
   * every one or none, in one transaction. Refused as a conflict when one was saved since or is
   * no longer linked to that page.
   */
  approvePage(pageId: string, seen: readonly Pick<EntryView, 'id' | 'updatedAt'>[]): Promise<EntryView[]>;
  /** Sends an entry back to its clerk; `field` when the reason is about one field. */
  return(id: EntryId, reason: string, field?: string): Promise<EntryView>;
  history(id: EntryId): Promise<EntryHistoryItem[]>;
}

export interface ReviewDeps {
  app: AppStoreInternals;
  loadEntry(id: string): Promise<{ row: EntryRow; record: EntryRecord } | null>;
  loadBookRow(id: string): Promise<BookRow>;
  /** Which of the book's entries its verification policy selects. */
  verificationSelection(bookId: string): Promise<Selection>;
  entryView(record: EntryRecord, row: EntryRow): EntryView;
  indexed(rows: EntryIndexRow[]): void;
}

export function createEntryReview({ app, loadEntry, loadBookRow, verificationSelection, entryView, indexed }: ReviewDeps): EntryReview {
  const { db } = app;

  /** The page an approval was given with: each entry must be linked to it and unchanged since shown. */
  interface ShownPage {
    id: string;
    number: number;
    seen: ReadonlyMap<string, number>;
  }

  const decide = async (ids: readonly EntryId[], action: Extract<EntryAction, 'approve' | 'return'>, note: Pick<ReviewNote, 'reason' | 'field'>, page?: ShownPage) => {
    const { keys, userId } = app.unlocked('review');
    const data = keys.data;
    if (!data) throw new StoreError('forbidden_role');
    const actor = actorOf(app);
    const now = app.now();
    const review: ReviewNote = { decision: action === 'approve' ? 'approved' : 'returned', ...note, by: userId as ReviewNote['by'], at: now };
    const prepared = await Promise.all(
      [...new Set(ids)].map(async (id) => {
        const [existing, indexRow, verification] = await Promise.all([loadEntry(id), db.entryIndex.get(id), db.verifications.get(id)]);
        if (!existing || !indexRow) throw new StoreError('not_found');
        // Two keyings that differ are decided by arbitration (double-entry.ts), not by approving one of them.
        if (action === 'approve' && verification?.state === 'arbitration') throw new StoreError('bad_transition');
        const { row, record } = existing;
        if (page && (page.seen.get(id) !== row.updatedAt || !record.pages.includes(page.id))) throw new StoreError('conflict');
        const [book, selected] = await Promise.all([loadBookRow(record.bookId), verificationSelection(record.bookId)]);
        const to = moveEntry(storedEntryStatus(row.status), action, {
          actor,
          keyedBy: [record.createdBy, record.updatedBy],
          book: { status: storedBookStatus(book.status), requiresVerification: selected(id) },
          reason: note.reason,
        });
        // A review is not an edit: updatedBy stays the last person who keyed the entry.
        const next: EntryRecord = { ...record, review };
        const nextRow: EntryRow = { ...row, status: to, updatedAt: now, sealed: await sealEntryRecord({ keyId: keys.keyId, data }, next) };
        const audit: AuditDraft = {
          action: action === 'approve' ? 'entry.approved' : 'entry.returned',
          targetId: id,
          citizen: true,
          details: {
            book: record.bookId,
            from: row.status,
            status: to,
            ...(action === 'return' ? { reason: note.reason, field: note.field ?? '' } : {}),
            ...(page ? { page: page.number } : {}),
          },
        };
        return { before: row, next, nextRow, indexRow: { ...indexRow, status: to }, audit };
      }),
    );
    const indexRows = prepared.map((p) => p.indexRow);
    await app.writer.write({
      keys,
      actorId: userId,
      audit: prepared.map((p) => p.audit),
      tables: [db.entries, db.entryIndex],
      apply: async () => {
        const current = await db.entries.bulkGet(prepared.map((p) => p.before.id));
        const unchanged = prepared.every(({ before }, n) => current[n]?.updatedAt === before.updatedAt && current[n]?.status === before.status);
        // Someone saved an entry since it was read: the officer must look at what is there now.
        if (!unchanged) throw new StoreError('conflict');
        await db.entries.bulkPut(prepared.map((p) => p.nextRow));
        await db.entryIndex.bulkPut(indexRows);
      },
    });
    indexed(indexRows);
    return prepared.map((p) => entryView(p.next, p.nextRow));
  };

  const queue = async (bookId: string): Promise<EntryId[]> => {
    app.unlocked('review');
    const selected = await verificationSelection(bookId);
    const arbitrating = new Set((await db.verifications.where('[bookId+state]').equals([bookId, 'arbitration']).primaryKeys()).map(String));
    const waiting = await Promise.all(
      awaitingReview.map(async (status) => {
        const ids = (await db.entries.where('[bookId+status]').equals([bookId, status]).primaryKeys()).map(String);
        // A keyed entry the policy selects waits for its verification, a double entry with differences for arbitration.
        return status === 'keyed' ? ids.filter((id) => !selected(id)) : ids.filter((id) => !arbitrating.has(id));
      }),
    );
    return (waiting.flat() as EntryId[]).sort();
  };

  return {
    queue,

    async byPage(bookId) {
      const [ids, scan] = await Promise.all([queue(bookId), db.scanPages.where('bookId').equals(bookId).toArray()]);
      const linked = await Promise.all(
        ids.map(async (id) => {
          const loaded = await loadEntry(id);
          if (!loaded) throw new StoreError('not_found');
          return { id, so: loaded.record.values['so'] ?? '', pages: loaded.record.pages };
        }),
      );
      return reviewPages(linked, scan);
    },

    async returned(bookId) {
      const { userId } = app.unlocked('keyEntries');
      const rows = await db.entries.where('status').equals('returned').toArray();
      return rows
        .filter((row) => row.createdBy === userId && (!bookId || row.bookId === bookId))
        .map((row) => row.id as EntryId)
        .sort();
    },

    approve: (ids) => decide(ids, 'approve', { reason: '', field: null }),

    async approvePage(pageId, seen) {
      app.unlocked('review');
      const page = await db.scanPages.get(pageId);
      if (!page || seen.length === 0) throw new StoreError('not_found');
      const shown = { id: page.id, number: page.number, seen: new Map(seen.map((e) => [e.id, e.updatedAt])) };
      return decide(
        seen.map((e) => e.id),
        'approve',
        { reason: '', field: null },
        shown,
      );
    },

    async return(id, reason, field) {
      const [view] = await decide([id], 'return', { reason: reason.normalize('NFC').trim(), field: field ?? null });
      if (!view) throw new StoreError('not_found');
      return view;
    },

    async history(id) {
      const { keys } = app.unlocked('citizenData');
      return readEntryHistory(db, keys, id, await app.userNames());
    },
  };
}
