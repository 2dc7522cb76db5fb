/**
 * Sealing and opening whole records for a table with the right key: admin key for team
 * records (users), data key for citizen tables. A session without the data key (technician
 * only) is refused citizen tables here, in the store, whatever the UI shows.
 */
import type { z } from 'zod';
import { toHex } from '../../shared/crypto/bytes';
import { openJson, sealJson } from '../../shared/crypto/envelope';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import type { citizenTables, SealedRow } from './db';
import { StoreError } from './types';

export type SealedTable = 'users' | (typeof citizenTables)[number];

export function keyFor(keys: SessionKeys, table: SealedTable): CryptoKey {
  if (table === 'users') return keys.admin;
  if (!keys.data) throw new StoreError('forbidden_role');
  return keys.data;
}

export async function sealRecord(
  keys: SessionKeys,
  table: SealedTable,
  id: string,
  schemaVersion: number,
  value: unknown,
  now: number,
): Promise<SealedRow> {
  const context = { table, recordId: id, schemaVersion, keyId: keys.keyId };
  return { id, schemaVersion, keyId: keys.keyId, updatedAt: now, sealed: await sealJson(keyFor(keys, table), context, value) };
}

export function openRecord<T>(keys: SessionKeys, table: SealedTable, row: SealedRow, schema: z.ZodType<T>): Promise<T> {
  const context = { table, recordId: row.id, schemaVersion: row.schemaVersion, keyId: row.keyId };
  return openJson(keyFor(keys, table), context, row.sealed, schema);
}

/** Which sealing of a row this is: every sealing draws a fresh IV, which leads the sealed bytes. */
export const sealedVersion = (row: SealedRow): string => `${row.id}@${toHex(row.sealed.subarray(0, 13))}`;
