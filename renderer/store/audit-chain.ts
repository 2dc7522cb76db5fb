/**
 * The tamper-evident audit chain: each entry's details are sealed, and each entry carries
 * an HMAC (audit key) over its plaintext columns, its ciphertext and the previous entry's
 * MAC, so an edited, removed, reordered or forged entry breaks the chain at a findable
 * place. Pure functions over rows; writing them is the writer's job.
 */
import { z } from 'zod';
import { toBase64, toHex, utf8 } from '../../shared/crypto/bytes';
import { openJson, sealJson } from '../../shared/crypto/envelope';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import type { AuditRow, SohoaDb } from './db';
import type { AuditAction, AuditVerification } from './types';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_SCHEMA_VERSION = 1;

export interface ChainHead {
  seq: number;
  hash: string;
}
export const emptyHead: ChainHead = { seq: 0, hash: GENESIS_HASH };

export const AuditDetails = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type AuditDetails = z.infer<typeof AuditDetails>;

export interface AuditDraft {
  action: AuditAction;
  targetId?: string | null;
  details?: AuditDetails;
  /** Details describe a citizen (e.g. field changes): sealed with the data key, not the admin key. */
  citizen?: boolean;
  at?: number;
  /** Overrides the writer's actor; `null` when nobody is known (a failed login). */
  actorId?: string | null;
}

const sealContext = (seq: number, keyId: string) => ({
  table: 'audit',
  recordId: String(seq),
  schemaVersion: AUDIT_SCHEMA_VERSION,
  keyId,
});

async function mac(auditKey: CryptoKey, row: Omit<AuditRow, 'hash'>): Promise<string> {
  const material = JSON.stringify([
    row.seq,
    row.at,
    row.action,
    row.actorId,
    row.targetId,
    row.keyId,
    row.sealedWith,
    toBase64(row.sealed),
    row.prevHash,
  ]);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', auditKey, utf8(material))));
}

export async function prepareAuditRows(
  keys: SessionKeys,
  head: ChainHead,
  actorId: string | null,
  drafts: readonly AuditDraft[],
  now: number,
): Promise<{ rows: AuditRow[]; head: ChainHead }> {
  const rows: AuditRow[] = [];
  let current = head;
  for (const draft of drafts) {
    const seq = current.seq + 1;
    const sealedWith = draft.citizen ? 'data' : 'admin';
    const key = draft.citizen ? keys.data : keys.admin;
    if (!key) throw new Error('audit: citizen details need the data key');
    const base = {
      seq,
      at: draft.at ?? now,
      action: draft.action,
      actorId: draft.actorId === undefined ? actorId : draft.actorId,
      targetId: draft.targetId ?? null,
      keyId: keys.keyId,
      sealed: await sealJson(key, sealContext(seq, keys.keyId), draft.details ?? {}),
      sealedWith,
      prevHash: current.hash,
    } satisfies Omit<AuditRow, 'hash'>;
    const row: AuditRow = { ...base, hash: await mac(keys.audit, base) };
    rows.push(row);
    current = { seq, hash: row.hash };
  }
  return { rows, head: current };
}

/** Opens an entry's details; citizen details read as empty for sessions without the data key. */
export async function openAuditDetails(keys: SessionKeys, row: AuditRow): Promise<AuditDetails> {
  const key = row.sealedWith === 'data' ? keys.data : keys.admin;
  if (!key) return {};
  return openJson(key, sealContext(row.seq, row.keyId), row.sealed, AuditDetails);
}

/** Walks the chain in sequence order and reports the first broken or missing link. */
const VERIFY_PAGE = 2000;

/** The whole log in chain order, a page at a time, so checking a year's log holds one page in memory. */
export async function* auditRowsInOrder(db: SohoaDb, pageSize = VERIFY_PAGE): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const page = await db.audit.where('seq').above(after).limit(pageSize).toArray();
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.seq;
  }
}

export async function verifyAuditChain(
  keys: SessionKeys,
  rows: AsyncIterable<AuditRow> | Iterable<AuditRow>,
  storedHead: ChainHead,
): Promise<AuditVerification> {
  let expected = emptyHead;
  let count = 0;
  for await (const row of rows) {
    const fail = (problem: Extract<AuditVerification, { ok: false }>['problem'], seq: number): AuditVerification => ({
      ok: false,
      entries: count,
      firstBadSeq: seq,
      problem,
    });
    if (row.seq !== expected.seq + 1) return fail('missing', expected.seq + 1);
    if (row.prevHash !== expected.hash) return fail('bad_link', row.seq);
    const { hash, ...rest } = row;
    if ((await mac(keys.audit, rest)) !== hash) return fail('bad_mac', row.seq);
    if (row.sealedWith === 'admin' || keys.data) {
      try {
        await openAuditDetails(keys, row);
      } catch {
        return fail('unreadable', row.seq);
      }
    }
    expected = { seq: row.seq, hash };
    count++;
  }
  if (storedHead.seq !== expected.seq || storedHead.hash !== expected.hash) {
    return { ok: false, entries: count, firstBadSeq: expected.seq + 1, problem: 'truncated' };
  }
  return { ok: true, entries: count };
}
