/**
 * Turning one entry into its stored rows: cleaned values, the sealed record (data key) and
 * the blind-index row (search key). Needs keys but no database; it never writes anything.
 */
import { z } from 'zod';
import { sealJson } from '../../shared/crypto/envelope';
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import { nfc } from '../../shared/domain/text';
import type { EntryIndexRow, EntryRow } from './db';
import { entryTokens } from './entry-tokens';
import { packTokens } from './search-index';
import type { EntryInput } from './types';

export const ENTRY_SCHEMA_VERSION = 1;

export const EntryRecord = z.object({
  id: z.string(),
  bookId: z.string(),
  type: z.string(),
  typeVersion: z.number().int(),
  values: z.record(z.string(), z.string()),
  notInBook: z.array(z.string()),
  damage: z.object({ reason: z.enum(['torn', 'faded', 'missingPage', 'other']), page: z.string(), note: z.string() }).nullable(),
  // Optional: records sealed before review existed have none.
  review: z
    .object({ decision: z.enum(['approved', 'returned']), reason: z.string(), field: z.string().nullable(), by: z.string(), at: z.number() })
    .nullable()
    .optional(),
  /** Ids of the scanned pages the entry was keyed from; records sealed before scans existed have none. */
  pages: z.array(z.string()).default([]),
  createdBy: z.string(),
  createdAt: z.number(),
  updatedBy: z.string(),
  updatedAt: z.number(),
});
export type EntryRecord = z.infer<typeof EntryRecord>;

export type EntryWrite = EntryInput & { status: EntryRow['status']; damage?: EntryRecord['damage'] };

/** SECURITY: the session's non-extractable data and search keys. */
export interface SealKeys {
  keyId: string;
  data: CryptoKey;
  search: CryptoKey | null;
}

export interface SealContext {
  userId: string;
  now: number;
  id: string;
  existing: EntryRecord | null;
}

export interface SealedEntry {
  record: EntryRecord;
  row: EntryRow;
  indexRow: EntryIndexRow;
}

/** Known fields only, NFC and trimmed; empty values are not stored. */
export function cleanValues(values: Record<string, string>, def: RegisterTypeDef): Record<string, string> {
  const known = new Set(def.fields.map((f) => f.key));
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!known.has(key) || value === '') continue;
    const text = nfc(value).trim();
    if (text !== '') out[key] = text;
  }
  return out;
}

/** SECURITY: the whole record, names included, is sealed with the data key; nothing of it is left in the clear. */
export const sealEntryRecord = (keys: Pick<SealKeys, 'keyId' | 'data'>, record: EntryRecord): Promise<Uint8Array> =>
  sealJson(keys.data, { table: 'entries', recordId: record.id, schemaVersion: ENTRY_SCHEMA_VERSION, keyId: keys.keyId }, record);

export async function sealEntry(keys: SealKeys, def: RegisterTypeDef, context: SealContext, input: EntryWrite): Promise<SealedEntry> {
  const { now, userId, existing } = context;
  const values = cleanValues(input.values, def);
  const record: EntryRecord = {
    id: context.id,
    bookId: input.bookId,
    type: def.code,
    typeVersion: def.version,
    values,
    notInBook: [...new Set(input.notInBook)].filter((k) => def.fields.some((f) => f.key === k)),
    damage: input.damage ?? null,
    review: existing?.review ?? null,
    pages: input.pages ?? existing?.pages ?? [],
    createdBy: existing?.createdBy ?? userId,
    createdAt: existing?.createdAt ?? now,
    updatedBy: userId,
    updatedAt: now,
  };
  const sealed = await sealEntryRecord(keys, record);
  const tokens = keys.search && input.status !== 'damaged' ? await entryTokens(keys.search, def, values) : [];
  const columns = { bookId: record.bookId, type: record.type, status: input.status, createdBy: record.createdBy };
  return {
    record,
    row: { id: record.id, schemaVersion: ENTRY_SCHEMA_VERSION, keyId: keys.keyId, updatedAt: now, sealed, ...columns },
    indexRow: { id: record.id, ...columns, tokens: packTokens(tokens) },
  };
}
