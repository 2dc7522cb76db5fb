/**
 * The facts the weekly report is computed from (shared/domain/report), read for a time range:
 * each entry's status moves, each import's keyed count and each book export's count from the
 * sealed audit log (opened with the data key, in memory only), the work samples of operator
 * statistics from the sealed work log, the books with their surveyed and current status counts,
 * and the team's names. Only for sessions allowed `reports`. Counts, ids and names leave this
 * module; the field values sealed in the same audit details never do.
 */
import { z } from 'zod';
import { entryStatuses } from '../../shared/domain/lifecycle';
import type { BookExport, EntryImport, EntryMove, ReportBook, ReportFacts } from '../../shared/domain/report/facts';
import type { ReportPeriod } from '../../shared/domain/report/vn-calendar';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import { openAuditDetails, type AuditDetails } from './audit-chain';
import type { AppStoreInternals } from './app-store';
import type { AuditRow, BookRow } from './db';
import { historyItem } from './entry-history';
import { openRecord } from './records';
import { StoreError } from './types';
import { readWork } from './work-log';

export interface ReportReader {
  /** Everything audited in [from, to) plus the books as they are now. */
  facts(range: ReportPeriod): Promise<ReportFacts>;
}

/** The part of a sealed book record the report shows; the rest of the record is not read. */
const ReportBookRecord = z.object({ id: z.string(), type: z.string(), quyenSo: z.string(), surveyedCount: z.number() });
const ImportDetails = z.object({ book: z.string(), keyed: z.number().int().min(0) });
const ExportDetails = z.object({ exported: z.number().int().min(0) });

/** Audit entries written before statuses were audited lack `from`; only a creation can be told apart without it. */
function toMove(row: AuditRow, details: AuditDetails): Omit<EntryMove, 'keyer'> | null {
  const item = historyItem(row, details, new Map());
  const from = item.from ?? (row.action === 'entry.created' ? 'new' : null);
  if (!from || !item.to || !row.targetId || typeof details.book !== 'string') return null;
  return { at: row.at, actorId: row.actorId, entryId: row.targetId, bookId: details.book, from, to: item.to };
}

export function createReportReader(app: AppStoreInternals): ReportReader {
  const { db } = app;

  const reportBook = async (keys: SessionKeys, row: BookRow): Promise<ReportBook> => {
    const book = await openRecord(keys, 'books', row, ReportBookRecord);
    const counts = await Promise.all(entryStatuses.map((status) => db.entries.where('[bookId+status]').equals([book.id, status]).count()));
    return {
      id: book.id,
      type: book.type,
      quyenSo: book.quyenSo,
      surveyed: book.surveyedCount,
      statusNow: Object.fromEntries(entryStatuses.map((status, n) => [status, counts[n] ?? 0])),
    };
  };

  return {
    async facts(range) {
      const { keys } = app.unlocked('reports');
      if (!keys.data) throw new StoreError('forbidden_role');
      const rows = await db.audit
        .where('at')
        .between(range.from, range.to, true, false)
        .filter((row) => row.action.startsWith('entry.') || row.action === 'book.exported')
        .toArray();
      const opened = await Promise.all(rows.map(async (row) => ({ row, details: await openAuditDetails(keys, row) })));
      const imports: EntryImport[] = [];
      const exports: BookExport[] = [];
      const moves: Omit<EntryMove, 'keyer'>[] = [];
      for (const { row, details } of opened) {
        if (row.action === 'entry.imported') {
          const parsed = ImportDetails.safeParse(details);
          if (parsed.success) imports.push({ at: row.at, actorId: row.actorId, bookId: parsed.data.book, keyed: parsed.data.keyed });
        } else if (row.action === 'book.exported') {
          const parsed = ExportDetails.safeParse(details);
          if (parsed.success && row.targetId) exports.push({ at: row.at, bookId: row.targetId, exported: parsed.data.exported });
        } else {
          const move = toMove(row, details);
          if (move) moves.push(move);
        }
      }
      // The small index rows carry each entry's creator in plaintext: no entry needs opening for it.
      const entryIds = [...new Set(moves.map((m) => m.entryId))];
      const indexRows = await db.entryIndex.bulkGet(entryIds);
      const keyers = new Map(entryIds.map((id, n) => [id, indexRows[n]?.createdBy ?? null]));
      const books = await Promise.all((await db.books.toArray()).map((row) => reportBook(keys, row)));
      const people = await app.userNames();
      const work = await readWork(db, keys, range);
      return { books, people, imports, exports, work, moves: moves.map((m) => ({ ...m, keyer: keyers.get(m.entryId) ?? null })) };
    },
  };
}
