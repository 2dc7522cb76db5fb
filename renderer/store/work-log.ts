/**
 * The work samples behind operator statistics: one per keyed save (keystrokes and active
 * time the form measured) and one per verification (for the verifier, and the errors it
 * found for the keyer). Sealed rows with the data key; only ids and time stay plain. Turning
 * samples into statistics is shared/domain/verification's job, not this module's.
 */
import { z } from 'zod';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import type { WorkSample } from '../../shared/domain/verification';
import type { SohoaDb, WorkRow } from './db';
import { newId } from './ids';
import { openRecord, sealRecord } from './records';

const WORK_SCHEMA_VERSION = 1;

const WorkRecord = z.object({
  userId: z.string(),
  sessionId: z.string(),
  entryId: z.string(),
  kind: z.enum(['keying', 'verifying']),
  at: z.number(),
  keystrokes: z.number().int().min(0),
  activeMs: z.number().min(0),
  entries: z.number().int().min(0),
  fieldsChecked: z.number().int().min(0),
  errors: z.number().int().min(0),
  fieldsWithErrors: z.number().int().min(0),
});
export type WorkRecord = z.infer<typeof WorkRecord>;

export async function sealWork(keys: SessionKeys, record: WorkRecord): Promise<WorkRow> {
  const sealed = await sealRecord(keys, 'workLog', newId(record.at), WORK_SCHEMA_VERSION, WorkRecord.parse(record), record.at);
  return { ...sealed, userId: record.userId, entryId: record.entryId, at: record.at };
}

export async function readWork(db: SohoaDb, keys: SessionKeys, range: { from?: number; to?: number } = {}): Promise<WorkSample[]> {
  const rows = await db.workLog
    .where('at')
    .between(range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER, true, true)
    .toArray();
  return Promise.all(rows.map((row) => openRecord(keys, 'workLog', row, WorkRecord)));
}

/** The session in which the entry was last keyed by `userId`, so the errors found later count in that session. */
export async function keyingSessionOf(db: SohoaDb, keys: SessionKeys, entryId: string, userId: string): Promise<string | null> {
  const rows = await db.workLog.where('entryId').equals(entryId).toArray();
  const own = await Promise.all(rows.filter((r) => r.userId === userId).map((row) => openRecord(keys, 'workLog', row, WorkRecord)));
  return own.filter((w) => w.kind === 'keying').sort((a, b) => b.at - a.at)[0]?.sessionId ?? null;
}
