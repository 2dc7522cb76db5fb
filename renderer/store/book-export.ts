/**
 * Exporting an accepted book for the Ministry, the store's part: the counts the officer sees
 * first, the approved entries in register order (damaged ones never), and, only after the host
 * confirmed the files are written, moving exactly those entries to `exported` with ONE audit
 * entry for the export, in one transaction. Building and writing the files is the caller's;
 * who may export, and when, is the lifecycle table's call.
 */
import { compareRegisterOrder, type ExportCounts, type ManifestFile } from '../../shared/excel';
import { unsettledStatuses } from '../../shared/domain/lifecycle';
import type { AppStoreInternals } from './app-store';
import type { BookRow, EntryIndexRow } from './db';
import { EntryRecord } from './entry-sealing';
import { actorOf, moveEntry, storedBookStatus } from './lifecycle-moves';
import { openRecord } from './records';
import { StoreError, type BookId, type EntryId } from './types';

export type BookExportCounts = Omit<ExportCounts, 'exported'> & {
  /** Exported by an earlier export of this book: not in this one. */
  exportedBefore: number;
};

export interface ExportEntry {
  id: EntryId;
  values: Record<string, string>;
  /** Ids of the scan pages the entry is linked to, in link order: its PDF's pages. */
  pages: readonly string[];
  /** The row's version when read: commit refuses an entry that changed since. */
  updatedAt: number;
}

export interface BookExportBatch {
  bookId: BookId;
  counts: BookExportCounts;
  /** Approved entries in register order. */
  entries: readonly ExportEntry[];
}

/** What was written, as the audit entry keeps it: no values, only names, sizes and hashes. */
export interface ExportRecord {
  layout: string;
  files: readonly ManifestFile[];
  /** Register numbers of the exported entries without a scan (no PDF in the ZIP). */
  withoutScan: readonly string[];
}

export interface BookExports {
  counts(bookId: BookId): Promise<BookExportCounts>;
  /** Refused (before anything is opened) unless the signed-in person may export this book now. */
  collect(bookId: BookId): Promise<BookExportBatch>;
  /** After the host wrote the files: the batch's entries become `exported`, audited once. */
  commit(batch: BookExportBatch, record: ExportRecord): Promise<void>;
}

export interface BookExportDeps {
  app: AppStoreInternals;
  loadBookRow(id: string): Promise<BookRow>;
  indexed(rows: EntryIndexRow[]): void;
}

export function createBookExports({ app, loadBookRow, indexed }: BookExportDeps): BookExports {
  const { db } = app;

  const count = (bookId: BookId, statuses: readonly string[]) =>
    db.entries.where('[bookId+status]').anyOf(statuses.map((s) => [bookId, s])).count();

  /** The lifecycle row for approved → exported, asked with the book as it is now. */
  const mayExport = (bookRow: BookRow) =>
    moveEntry('approved', 'export', {
      actor: actorOf(app),
      keyedBy: [],
      // Export's row has no verification guard: the book's policy does not matter here.
      book: { status: storedBookStatus(bookRow.status), requiresVerification: false },
    });

  const counts: BookExports['counts'] = async (bookId) => {
    app.unlocked('review');
    return {
      approved: await count(bookId, ['approved']),
      damaged: await count(bookId, ['damaged']),
      notApproved: await count(bookId, unsettledStatuses),
      exportedBefore: await count(bookId, ['exported']),
    };
  };

  return {
    counts,

    async collect(bookId) {
      const { keys } = app.unlocked('review');
      mayExport(await loadBookRow(bookId));
      const rows = await db.entries.where('[bookId+status]').equals([bookId, 'approved']).toArray();
      const entries = await Promise.all(
        rows.map(async (row) => {
          const record = await openRecord(keys, 'entries', row, EntryRecord);
          return { id: row.id as EntryId, values: record.values, pages: record.pages, updatedAt: row.updatedAt };
        }),
      );
      entries.sort((a, b) => compareRegisterOrder({ id: a.id, so: a.values.so ?? '' }, { id: b.id, so: b.values.so ?? '' }));
      return { bookId, counts: await counts(bookId), entries };
    },

    async commit(batch, record) {
      const { keys, userId } = app.unlocked('review');
      const to = mayExport(await loadBookRow(batch.bookId));
      const now = app.now();
      const ids = batch.entries.map((e) => e.id);
      let indexRows: EntryIndexRow[] = [];
      await app.writer.write({
        keys,
        actorId: userId,
        audit: [
          {
            action: 'book.exported',
            targetId: batch.bookId,
            details: {
              layout: record.layout,
              exported: ids.length,
              damaged: batch.counts.damaged,
              files: JSON.stringify(record.files.map((f) => [f.name, f.bytes, f.sha256])),
              pdfs: record.files.reduce((n, f) => n + (f.pdfs ?? 0), 0),
              withoutScan: JSON.stringify(record.withoutScan),
              ids: JSON.stringify(ids),
            },
          },
        ],
        tables: [db.books, db.entries, db.entryIndex],
        apply: async () => {
          const [book, rows, index] = await Promise.all([db.books.get(batch.bookId), db.entries.bulkGet(ids), db.entryIndex.bulkGet(ids)]);
          const unchanged = rows.every((row, n) => row?.status === 'approved' && row.updatedAt === batch.entries[n]?.updatedAt);
          // The book was re-opened or an entry changed after the files were built: they no longer say what the store holds.
          if (book?.status !== 'accepted' || !unchanged) throw new StoreError('conflict');
          await db.entries.bulkPut(rows.flatMap((row) => (row ? [{ ...row, status: to, updatedAt: now }] : [])));
          indexRows = index.flatMap((row) => (row ? [{ ...row, status: to }] : []));
          await db.entryIndex.bulkPut(indexRows);
        },
      });
      indexed(indexRows);
    },
  };
}
