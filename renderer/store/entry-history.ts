/**
 * An entry's history read back from the sealed audit log: its own audit entries (by target)
 * plus the bulk-import entries whose sealed id list names it, oldest first, with who, when,
 * which status move and which field changed from what to what. Reads only; the values were
 * sealed into the audit details (data key) when each change was written.
 */
import { z } from 'zod';
import { entryOrigins, entryStatuses, type EntryOrigin, type EntryStatus } from '../../shared/domain/lifecycle';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import { openAuditDetails, type AuditDetails } from './audit-chain';
import type { AuditRow, SohoaDb } from './db';
import type { AuditAction, EntryHistoryItem, UserId } from './types';

const Changes = z.array(z.tuple([z.string(), z.string(), z.string()]));
const Ids = z.array(z.string());
const isOrigin = (value: unknown): value is EntryOrigin => (entryOrigins as readonly unknown[]).includes(value);
const isStatus = (value: unknown): value is EntryStatus => (entryStatuses as readonly unknown[]).includes(value);

const parsedJson = <T>(text: unknown, schema: z.ZodType<T>, fallback: T): T => {
  if (typeof text !== 'string') return fallback;
  try {
    return schema.parse(JSON.parse(text));
  } catch {
    return fallback;
  }
};

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** One audit entry as a history line; entries written before statuses were audited lack `from`. */
export function historyItem(row: Pick<AuditRow, 'seq' | 'at' | 'action' | 'actorId'>, details: AuditDetails, names: ReadonlyMap<string, string>): EntryHistoryItem {
  const from = row.action === 'entry.imported' ? 'new' : details.from;
  return {
    seq: row.seq,
    at: row.at,
    action: row.action as AuditAction,
    actorId: row.actorId as UserId | null,
    actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
    from: isOrigin(from) ? from : null,
    to: isStatus(details.status) ? details.status : null,
    changes: parsedJson(details.changes, Changes, []),
    reason: textOrNull(details.reason),
    field: textOrNull(details.field),
  };
}

export async function readEntryHistory(db: SohoaDb, keys: SessionKeys, id: string, names: ReadonlyMap<string, string>): Promise<EntryHistoryItem[]> {
  const own = await db.audit.where('targetId').equals(id).toArray();
  const imports = await db.audit.where('action').equals('entry.imported').toArray();
  const opened = await Promise.all(
    [...own, ...imports].map(async (row) => ({ row, details: await openAuditDetails(keys, row) })),
  );
  return opened
    .filter(({ row, details }) => row.targetId === id || parsedJson(details.ids, Ids, []).includes(id))
    .sort((a, b) => a.row.seq - b.row.seq)
    .map(({ row, details }) => historyItem(row, details, names));
}
