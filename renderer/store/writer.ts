/**
 * The single write path: one write at a time, all crypto done before the IndexedDB
 * transaction opens (awaiting WebCrypto inside one would commit it early), then the change,
 * its audit entries and the chain head are written in ONE transaction, so a crash leaves
 * either all of it or none. It checks the chain head inside the transaction, so a second
 * tab that wrote meanwhile makes this write fail cleanly instead of forking the chain.
 */
import type { Table } from 'dexie';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import { emptyHead, prepareAuditRows, type AuditDraft, type ChainHead } from './audit-chain';
import type { SohoaDb } from './db';
import { StoreError } from './types';

export interface WriteRequest {
  keys: SessionKeys;
  actorId: string | null;
  audit: readonly AuditDraft[];
  /** Tables the change touches besides audit and meta. */
  tables: readonly Table[];
  /** Synchronous-in-spirit IndexedDB work only: no awaits on anything but Dexie calls. */
  apply: () => Promise<void>;
}

const MAX_ATTEMPTS = 10;

export class Writer {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: SohoaDb,
    private readonly now: () => number,
  ) {}

  /** Runs `work` after every earlier write has settled; failures do not block later writes. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  async head(): Promise<ChainHead> {
    const row = await this.db.meta.get('auditHead');
    return (row?.value as ChainHead | undefined) ?? emptyHead;
  }

  write(request: WriteRequest): Promise<void> {
    return this.serial(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.writeOnce(request);
        } catch (error) {
          // Another tab moved the chain head: prepare again on the new head; each lost race means the other window made progress.
          if (!(error instanceof StoreError && error.code === 'conflict') || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    });
  }

  private async writeOnce(request: WriteRequest): Promise<void> {
    const head = await this.head();
    const prepared = await prepareAuditRows(request.keys, head, request.actorId, request.audit, this.now());
    const { db } = this;
    await db.transaction('rw', [db.audit, db.meta, ...request.tables], async () => {
      const current = await this.head();
      if (current.seq !== head.seq || current.hash !== head.hash) throw new StoreError('conflict');
      await request.apply();
      if (prepared.rows.length > 0) {
        await db.audit.bulkAdd(prepared.rows);
        await db.meta.put({ key: 'auditHead', value: prepared.head });
      }
    });
  }
}
