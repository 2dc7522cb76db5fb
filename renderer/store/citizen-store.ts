/**
 * Books and entries: the citizen-data side of the store. Every row is sealed with the data
 * key and written with its audit entry in one transaction (through the Writer); rows keep
 * only ids, type, status, clerk id and time in plaintext, and each entry's blind-index tokens
 * sit in a small index row beside it, loaded into an in-memory SearchIndex for the session.
 * Sessions without the data key (technician only) are refused here.
 */
import { z } from 'zod';
import type { SessionKeys } from '../../shared/crypto/key-slot';
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import type { AcceptanceCheck } from '../../shared/domain/acceptance';
import { unsettledStatuses, type BookAction, type EntryAction } from '../../shared/domain/lifecycle';
import { nfc } from '../../shared/domain/text';
import type { AuditDraft } from './audit-chain';
import type { AppStoreInternals } from './app-store';
import { checkBook } from './book-acceptance';
import type { BookRow, EntryIndexRow, EntryRow } from './db';
import { duplicateTokens, identityTokens, queryTokens } from './entry-tokens';
import { newId } from './ids';
import { SearchIndex } from './search-index';
import { cleanValues, EntryRecord, sealEntry, type EntryWrite, type SealKeys } from './entry-sealing';
import { createEntryReview, type EntryReview } from './entry-review';
import { createReportReader, type ReportReader } from './report-facts';
import { createBookExports, type BookExports } from './book-export';
import { actorOf, bookMoveAudit, moveBook, moveEntry, storedBookStatus, storedEntryStatus } from './lifecycle-moves';
import { createEntryVerification, type EntryVerification } from './entry-verification';
import { createDoubleEntry, type DoubleEntry } from './double-entry';
import type { VerificationDeps } from './verification-deps';
import { selectionOf } from './verification-selection';
import { sealWork } from './work-log';
import { randomBytes } from '../../shared/crypto/bytes';
import { NO_VERIFICATION, VerificationPolicy } from '../../shared/domain/verification';
import { openRecord, sealedVersion, sealRecord } from './records';
import { createHeldEdits, type HeldEdits } from './held-edits';
import {
  StoreError,
  type BookId,
  type BookInput,
  type BookStats,
  type BookView,
  type DamageReason,
  type EntryId,
  type EntryInput,
  type EntryQuery,
  type EntryView,
  type ImportCounts,
  type ImportEntryInput,
  type UserId,
  type WorkMeasure,
} from './types';

const SCHEMA_VERSION = 1;
const BULK_CHUNK = 1000;

const BookRecord = z.object({
  id: z.string(),
  type: z.string(),
  quyenSo: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  registeringBody: z.string(),
  paperSize: z.enum(['A3', 'A4']),
  pageCount: z.number().int().min(0),
  surveyedCount: z.number().int().min(0),
  notes: z.string(),
  createdAt: z.number(),
  createdBy: z.string(),
  // Optional: records sealed before acceptance existed have none. Set while the book is accepted.
  acceptance: z.object({ by: z.string(), at: z.number(), note: z.string() }).nullable().optional(),
  // Optional: records sealed before verification policies existed verify nothing.
  verification: VerificationPolicy.optional(),
});
type BookRecord = z.infer<typeof BookRecord>;

/**
 * The policy as it is sealed: an `nth` policy keeps the seed it was first given (the same n),
 * so editing the book never reshuffles which entries are selected; otherwise a fresh one is drawn.
 */
function sealedPolicy(input: VerificationPolicy | undefined, previous: VerificationPolicy | undefined): VerificationPolicy {
  const policy = VerificationPolicy.parse(input ?? NO_VERIFICATION);
  if (policy.mode !== 'nth') return policy;
  if (previous?.mode === 'nth' && previous.n === policy.n) return { ...policy, seed: previous.seed };
  return { ...policy, seed: new DataView(randomBytes(4).buffer).getUint32(0) };
}


export interface CitizenStore {
  books: {
    create(input: BookInput): Promise<BookView>;
    update(id: BookId, input: BookInput): Promise<BookView>;
    list(): Promise<BookView[]>;
    get(id: BookId): Promise<BookView>;
    stats(id: BookId): Promise<BookStats>;
    /** What accepting the book would meet now (shared/domain/acceptance); opens every entry, keeps nothing. */
    acceptanceCheck(id: BookId): Promise<AcceptanceCheck>;
    /**
     * Moves the book through its lifecycle. `note` is the reason for re-opening (required) or the
     * officer's sign-off note when accepting (required when the acceptance check asks for one).
     */
    advance(id: BookId, action: Exclude<BookAction, 'startKeying'>, note?: string): Promise<BookView>;
  };
  entries: {
    /** Autosave: sealed at once; only the draft's start is audited, its values go into the log when it is keyed. */
    saveDraft(input: EntryInput): Promise<EntryView>;
    /** Saves what the book says as keyed (and so due for review); validation warnings never block this. */
    saveKeyed(input: EntryInput): Promise<EntryView>;
    bulkKeyed(bookId: BookId, inputs: readonly Omit<EntryInput, 'bookId' | 'id'>[]): Promise<EntryId[]>;
    /**
     * Rows read from an Excel file of `type` (which must be the book's): keyed or draft as the
     * preview decided, skipping rows the book already holds; `onProgress` after each chunk.
     */
    importRows(
      bookId: BookId,
      type: string,
      rows: readonly ImportEntryInput[],
      onProgress?: (written: number, total: number) => void,
    ): Promise<ImportCounts>;
    markDamaged(input: { id?: EntryId; bookId: BookId; page: string; reason: DamageReason; note: string }): Promise<EntryView>;
    get(id: EntryId): Promise<EntryView>;
    open(ids: readonly EntryId[]): Promise<EntryView[]>;
    /** Loads the session's search index now (it loads on first use otherwise). */
    prepareSearch(): Promise<void>;
    /** Matching ids, newest first; every filter and search part must match. */
    find(query: EntryQuery, limit?: number): Promise<EntryId[]>;
    /** Entries of other books that probably record the same event (same duplicate key). */
    probableDuplicates(bookId: BookId, values: Record<string, string>, exceptId?: EntryId): Promise<EntryId[]>;
    /** Whether another entry of the book already has this registration number. */
    soTaken(bookId: BookId, so: string, exceptId?: EntryId): Promise<boolean>;
  };
  /** Unsaved edits of keyed entries, kept sealed until saved or dropped. */
  heldEdits: HeldEdits;
  review: EntryReview;
  verification: EntryVerification;
  doubleEntry: DoubleEntry;
  /** Facts for the weekly report; only for sessions allowed `reports`. */
  reports: ReportReader;
  exports: BookExports;
}

type DefinitionLookup = (code: string) => RegisterTypeDef | undefined;

/** One entry of a bulk write: new, in a status an import may create. */
type BulkInput = Omit<EntryInput, 'bookId' | 'id'> & { status: ImportEntryInput['status'] };

export function createCitizenStore(app: AppStoreInternals, definitionOf: DefinitionLookup): CitizenStore {
  const { db } = app;

  // SECURITY: tokens and ids only; dropped on lock with everything else of the session.
  let searchIndex: Promise<SearchIndex> | null = null;
  app.onLock(() => {
    searchIndex = null;
  });
  const searchable = (): Promise<SearchIndex> => {
    app.unlocked('citizenData');
    searchIndex ??= db.entryIndex.toArray().then((rows) => new SearchIndex(rows));
    return searchIndex;
  };
  /** Committed rows reach the loaded index; an index still loading gets them after it loads. */
  const indexed = (rows: EntryIndexRow[]) => {
    void searchIndex?.then((index) => index.apply(rows));
  };

  const definition = (code: string): RegisterTypeDef => {
    const def = definitionOf(code);
    if (!def) throw new StoreError('not_found');
    return def;
  };

  const bookView = (record: BookRecord, row: BookRow): BookView => ({
    ...record,
    id: record.id as BookId,
    status: row.status as BookView['status'],
    updatedAt: row.updatedAt,
    verification: record.verification ?? NO_VERIFICATION,
    acceptance: record.acceptance ? { ...record.acceptance, by: record.acceptance.by as UserId } : null,
  });

  /** Every save reads its book; a fresh IV marks every new sealing, so each sealed version is opened once. */
  const openedBooks = new Map<string, BookRecord>();
  app.onLock(() => openedBooks.clear());
  const loadBook = async (id: string) => {
    const { keys } = app.unlocked('citizenData');
    const row = await db.books.get(id);
    if (!row) throw new StoreError('not_found');
    const version = sealedVersion(row);
    const record = openedBooks.get(version) ?? (await openRecord(keys, 'books', row, BookRecord));
    openedBooks.set(version, record);
    return { row, record };
  };

  const entryView = (record: EntryRecord, row: EntryRow): EntryView => ({
    ...record,
    id: record.id as EntryId,
    bookId: record.bookId as BookId,
    status: row.status as EntryView['status'],
    review: record.review ? { ...record.review, by: record.review.by as UserId } : null,
    createdBy: record.createdBy as UserId,
    updatedBy: record.updatedBy as UserId,
  });

  const loadEntry = async (id: string): Promise<{ row: EntryRow; record: EntryRecord } | null> => {
    const { keys } = app.unlocked('citizenData');
    const row = await db.entries.get(id);
    return row ? { row, record: await openRecord(keys, 'entries', row, EntryRecord) } : null;
  };

  const writeBook = async (record: BookRecord, status: string, audit: AuditDraft) => {
    const { keys, userId } = app.unlocked('manageBooks');
    const sealed = await sealRecord(keys, 'books', record.id, SCHEMA_VERSION, record, app.now());
    const row: BookRow = { ...sealed, type: record.type, status };
    await app.writer.write({ keys, actorId: userId, audit: [audit], tables: [db.books], apply: async () => void (await db.books.put(row)) });
    return bookView(record, row);
  };

  const changes = (before: Record<string, string>, after: Record<string, string>) => {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => (before[k] ?? '') !== (after[k] ?? '')).sort();
  };

  type Existing = { row: EntryRow; record: EntryRecord } | null;

  const sealKeys = (keys: SessionKeys): SealKeys => {
    if (!keys.data) throw new StoreError('forbidden_role');
    return { keyId: keys.keyId, data: keys.data, search: keys.search };
  };

  /** Seals an entry and computes its tokens: all the crypto, before any transaction opens. */
  const prepareEntry = (keys: SessionKeys, userId: string, def: RegisterTypeDef, input: EntryWrite, existing: Existing) =>
    sealEntry(sealKeys(keys), def, { userId, now: app.now(), id: existing?.record.id ?? newId(app.now()), existing: existing?.record ?? null }, input);

  /** The first keyed entry moves a registered book to "keying", audited with the entry's write. */
  const startedBook = (bookRow: BookRow): { row: BookRow; audit: AuditDraft } | null => {
    if (bookRow.status !== 'registered') return null;
    const to = moveBook('registered', 'startKeying', { actor: actorOf(app), unsettledEntries: 0, invalidEntries: 0, needsExplanation: false });
    return { row: { ...bookRow, status: to }, audit: bookMoveAudit(bookRow.id, 'registered', to, 'startKeying') };
  };

  /** Whether the book's policy selects the entry (null: a new one) for verification before approval. */
  const requiresVerification = async (book: BookRecord, entryId: string | null) =>
    (await selectionOf(db, book.id, book.verification ?? NO_VERIFICATION))(entryId);

  /** Who keyed the entry and what its book allows: what the lifecycle table decides on. */
  const entryFacts = async (existing: Existing, book: BookRecord, bookRow: BookRow) => ({
    actor: actorOf(app),
    keyedBy: existing ? [existing.record.createdBy, existing.record.updatedBy] : [],
    book: { status: storedBookStatus(bookRow.status), requiresVerification: await requiresVerification(book, existing?.record.id ?? null) },
  });

  /** The keying half of operator statistics; a correction adds time and keystrokes but no entry. */
  const keyingWork = (keys: SessionKeys, userId: string, entryId: string, from: string, work: WorkMeasure) =>
    sealWork(keys, {
      userId,
      sessionId: String(app.session()?.unlockedAt ?? 0),
      entryId,
      kind: 'keying',
      at: app.now(),
      keystrokes: work.keystrokes,
      activeMs: work.activeMs,
      entries: from === 'new' || from === 'draft' ? 1 : 0,
      fieldsChecked: 0,
      errors: 0,
      fieldsWithErrors: 0,
    });

  /**
   * The links that still lead to a page of the book: a form (or an edit held since) may name a
   * page removed meanwhile, and a link to nothing would leave the entry's Ministry PDF short.
   */
  const pagesOfBook = async (bookId: string, ids: readonly string[]) => {
    const rows = await db.scanPages.bulkGet([...ids]);
    return ids.filter((_, i) => rows[i]?.bookId === bookId);
  };

  const auditActionOf = (to: string, from: string): AuditDraft['action'] =>
    to === 'draft' ? 'entry.drafted' : to === 'damaged' ? 'entry.damaged' : from === 'new' || from === 'draft' ? 'entry.created' : 'entry.updated';

  /**
   * One sealed write of an entry, moved by the lifecycle table and audited with the field-level
   * changes since the last audited values. A draft's autosaves are not audited (only its start):
   * its values reach the log, field by field, when it is keyed.
   */
  const writeEntry = async (input: Omit<EntryWrite, 'status'> & { action: Extract<EntryAction, 'saveDraft' | 'key' | 'markDamaged'> }) => {
    const { keys, userId } = app.unlocked('keyEntries');
    // Independent reads, asked together: a save is on the clerk's path to the next entry.
    const [{ record: book, row: bookRow }, existing, pages] = await Promise.all([
      loadBook(input.bookId),
      input.id ? loadEntry(input.id) : null,
      input.pages && pagesOfBook(input.bookId, input.pages),
    ]);
    const def = definition(book.type);
    if (existing && existing.record.bookId !== input.bookId) throw new StoreError('not_found');
    const from = existing ? storedEntryStatus(existing.row.status) : 'new';
    const to = moveEntry(from, input.action, await entryFacts(existing, book, bookRow));
    const { record, row, indexRow } = await prepareEntry(keys, userId, def, { ...input, ...(pages ? { pages } : {}), status: to }, existing);
    const before = existing && from !== 'draft' ? existing.record.values : {};
    const changed = to === 'draft' ? [] : changes(before, record.values);
    const audit: AuditDraft[] =
      from === 'draft' && to === 'draft'
        ? []
        : [
            {
              action: auditActionOf(to, from),
              targetId: record.id,
              citizen: true,
              details: {
                book: record.bookId,
                from,
                status: to,
                changes: JSON.stringify(changed.map((k) => [k, before[k] ?? '', record.values[k] ?? ''])),
              },
            },
          ];
    const started = to === 'draft' ? null : startedBook(bookRow);
    const work = input.work && to === 'keyed' ? await keyingWork(keys, userId, record.id, from, input.work) : null;
    await app.writer.write({
      keys,
      actorId: userId,
      audit: started ? [...audit, started.audit] : audit,
      tables: [db.entries, db.entryIndex, db.books, db.workLog, db.heldEdits],
      apply: async () => {
        await db.entries.put(row);
        await db.entryIndex.put(indexRow);
        // The save supersedes whatever edit of the entry was held.
        if (to !== 'draft') await db.heldEdits.delete(row.id);
        if (started) await db.books.put(started.row);
        if (work) await db.workLog.put(work);
      },
    });
    indexed([indexRow]);
    return entryView(record, row);
  };

  /**
   * Many new entries (Excel import, benchmarks): sealed in chunks, each chunk written in one
   * transaction with one audit entry listing its ids, and the next chunk's crypto running while
   * the previous chunk is written. The first chunk holding a keyed entry starts the book.
   */
  const bulkWrite = async (bookId: BookId, inputs: readonly BulkInput[], onProgress?: (written: number, total: number) => void): Promise<EntryId[]> => {
    const { keys, userId } = app.unlocked('keyEntries');
    const { record: book, row: bookRow } = await loadBook(bookId);
    const def = definition(book.type);
    const facts = await entryFacts(null, book, bookRow);
    for (const status of new Set(inputs.map((input) => input.status))) moveEntry('new', status === 'draft' ? 'saveDraft' : 'key', facts);
    const ids: EntryId[] = [];
    let previous: Promise<void> = Promise.resolve();
    let started = startedBook(bookRow);
    for (let offset = 0; offset < inputs.length; offset += BULK_CHUNK) {
      const chunk = inputs.slice(offset, offset + BULK_CHUNK);
      const prepared = await Promise.all(chunk.map((input) => prepareEntry(keys, userId, def, { ...input, bookId }, null)));
      const rows = prepared.map((p) => p.row);
      const indexRows = prepared.map((p) => p.indexRow);
      const drafts = chunk.filter((input) => input.status === 'draft').length;
      await previous;
      const bookUpdate = drafts < chunk.length ? started : null;
      if (bookUpdate) started = null;
      const written = offset + chunk.length;
      previous = app.writer
        .write({
          keys,
          actorId: userId,
          audit: [
            {
              action: 'entry.imported',
              details: { book: bookId, count: rows.length, keyed: rows.length - drafts, drafts, ids: JSON.stringify(rows.map((r) => r.id)) },
            },
            ...(bookUpdate ? [bookUpdate.audit] : []),
          ],
          tables: [db.entries, db.entryIndex, db.books],
          apply: async () => {
            await db.entries.bulkPut(rows);
            await db.entryIndex.bulkPut(indexRows);
            if (bookUpdate) await db.books.put(bookUpdate.row);
          },
        })
        .then(() => {
          indexed(indexRows);
          onProgress?.(written, inputs.length);
        });
      ids.push(...rows.map((r) => r.id as EntryId));
    }
    await previous;
    return ids;
  };

  /**
   * An Excel file's rows into a book: rows whose identity (number and registration date) the
   * book already holds are skipped, found by their blind-index token, so importing the same
   * file again adds nothing. A file of another type is refused before anything is written.
   */
  const importRows: CitizenStore['entries']['importRows'] = async (bookId, type, rows, onProgress) => {
    const { keys } = app.unlocked('keyEntries');
    const { record: book } = await loadBook(bookId);
    if (book.type !== type) throw new StoreError('conflict');
    const searchKey = sealKeys(keys).search;
    if (!searchKey) throw new StoreError('forbidden_role');
    const def = definition(book.type);
    const index = await searchable();
    const tokens = await Promise.all(rows.map((r) => identityTokens(searchKey, cleanValues(r.values, def))));
    const fresh = rows.filter((_r, i) => (tokens[i] ?? []).every((token) => index.query([token], { bookId }).length === 0));
    await bulkWrite(
      bookId,
      fresh.map((r) => ({ values: r.values, notInBook: [], status: r.status })),
      onProgress,
    );
    const drafts = fresh.filter((r) => r.status === 'draft').length;
    return { keyed: fresh.length - drafts, drafts, duplicates: rows.length - fresh.length };
  };

  const verificationDeps: VerificationDeps = {
    app,
    loadEntry,
    loadBook: async (id) => {
      const { record, row } = await loadBook(id);
      return { row, type: record.type, policy: record.verification ?? NO_VERIFICATION };
    },
    definition,
    entryView,
    indexed,
  };

  return {
    books: {
      async create(input) {
        const { userId } = app.unlocked('manageBooks');
        const record: BookRecord = BookRecord.parse({
          ...input,
          verification: sealedPolicy(input.verification, undefined),
          quyenSo: nfc(input.quyenSo).trim(),
          registeringBody: nfc(input.registeringBody).trim(),
          notes: nfc(input.notes).trim(),
          id: newId(app.now()),
          createdAt: app.now(),
          createdBy: userId,
        });
        definition(record.type);
        return writeBook(record, 'registered', { action: 'book.created', targetId: record.id, details: { type: record.type } });
      },

      async update(id, input) {
        const { record, row } = await loadBook(id);
        // What was accepted (survey count included) stays as signed off until the book is re-opened.
        if (row.status === 'accepted') throw new StoreError('book_closed');
        const next = BookRecord.parse({ ...record, ...input, verification: sealedPolicy(input.verification, record.verification), id: record.id, type: record.type });
        return writeBook(next, row.status, { action: 'book.updated', targetId: id });
      },

      async list() {
        const { keys } = app.unlocked('citizenData');
        const rows = await db.books.orderBy('updatedAt').reverse().toArray();
        return Promise.all(rows.map(async (row) => bookView(await openRecord(keys, 'books', row, BookRecord), row)));
      },

      async get(id) {
        const { record, row } = await loadBook(id);
        return bookView(record, row);
      },

      async stats(id) {
        app.unlocked('citizenData');
        const count = (status: string) => db.entries.where('[bookId+status]').equals([id, status]).count();
        const pairs = await db.entries
          .where('[bookId+createdBy]')
          .between([id, ''], [id, '\uffff'])
          .uniqueKeys();
        return {
          keyed: await count('keyed'),
          drafts: await count('draft'),
          damaged: await count('damaged'),
          approved: await count('approved'),
          returned: await count('returned'),
          clerks: pairs.flatMap((pair) => (Array.isArray(pair) && typeof pair[1] === 'string' ? [pair[1] as UserId] : [])),
        };
      },

      async acceptanceCheck(id) {
        const { keys } = app.unlocked('citizenData');
        const { record } = await loadBook(id);
        return checkBook(db, keys, definition(record.type), record, app.now());
      },

      async advance(id, action, note) {
        const { keys, userId } = app.unlocked('citizenData');
        const { record, row } = await loadBook(id);
        const from = storedBookStatus(row.status);
        const check = action === 'accept' ? await checkBook(db, keys, definition(record.type), record, app.now()) : null;
        const countUnsettled = () => db.entries.where('[bookId+status]').anyOf(unsettledStatuses.map((s) => [id, s])).count();
        const cleanNote = note === undefined ? undefined : nfc(note).trim();
        const to = moveBook(from, action, {
          actor: actorOf(app),
          unsettledEntries: check ? check.unsettled.entries.length : await countUnsettled(),
          invalidEntries: check?.invalid.entries.length ?? 0,
          needsExplanation: check?.needsNote ?? false,
          ...(cleanNote === undefined ? {} : { reason: cleanNote }),
        });
        const now = app.now();
        const next: BookRecord = { ...record, acceptance: to === 'accepted' ? { by: userId, at: now, note: cleanNote ?? '' } : null };
        const sealed = await sealRecord(keys, 'books', id, SCHEMA_VERSION, next, now);
        const nextRow: BookRow = { ...sealed, type: row.type, status: to };
        const counts: Record<string, number> = check ? { surveyed: check.count.surveyed, keyed: check.count.keyed, damaged: check.count.damaged } : {};
        await app.writer.write({
          keys,
          actorId: userId,
          audit: [bookMoveAudit(id, from, to, action, cleanNote, counts)],
          tables: [db.books, db.entries],
          apply: async () => {
            // An entry keyed since the check was read is unsettled again: the officer must look again.
            if (check && (await countUnsettled()) > 0) throw new StoreError('conflict');
            await db.books.put(nextRow);
          },
        });
        return bookView(next, nextRow);
      },
    },

    entries: {
      saveDraft: (input) => writeEntry({ ...input, action: 'saveDraft' }),
      saveKeyed: (input) => writeEntry({ ...input, action: 'key' }),
      bulkKeyed: (bookId, inputs) => bulkWrite(bookId, inputs.map((input) => ({ ...input, status: 'keyed' }))),
      importRows,
      markDamaged: ({ id, bookId, page, reason, note }) =>
        writeEntry({
          ...(id ? { id } : {}),
          bookId,
          values: {},
          notInBook: [],
          damage: { reason, page: nfc(page).trim(), note: nfc(note).trim() },
          action: 'markDamaged',
        }),

      async get(id) {
        const loaded = await loadEntry(id);
        if (!loaded) throw new StoreError('not_found');
        return entryView(loaded.record, loaded.row);
      },

      async open(ids) {
        const { keys } = app.unlocked('citizenData');
        const rows = await db.entries.bulkGet([...ids]);
        return Promise.all(
          rows.flatMap((row) => (row ? [openRecord(keys, 'entries', row, EntryRecord).then((r) => entryView(r, row))] : [])),
        );
      },

      async prepareSearch() {
        await searchable();
      },

      async find(query, limit = 100_000) {
        const { keys } = app.unlocked('citizenData');
        const tokens = keys.search ? await queryTokens(keys.search, query) : [];
        const { bookId, type, status, createdBy } = query;
        return (await searchable()).query(tokens, { bookId, type, status, createdBy }).slice(0, limit) as EntryId[];
      },

      async probableDuplicates(bookId, values, exceptId) {
        const { keys } = app.unlocked('citizenData');
        const { record: book } = await loadBook(bookId);
        if (!keys.search) return [];
        const def = definition(book.type);
        const tokens = await duplicateTokens(keys.search, def, cleanValues(values, def));
        if (tokens.length === 0) return [];
        const index = await searchable();
        return index.query(tokens, {}).filter((id) => id !== exceptId && index.columns(id)?.bookId !== bookId) as EntryId[];
      },

      async soTaken(bookId, so, exceptId) {
        const { keys } = app.unlocked('citizenData');
        if (!keys.search || so.trim() === '') return false;
        const tokens = await queryTokens(keys.search, { so });
        if (tokens.length === 0) return false;
        return (await searchable()).query(tokens, { bookId }).some((id) => id !== exceptId);
      },
    },

    heldEdits: createHeldEdits(app, async (bookId, values) => cleanValues(values, definition((await loadBook(bookId)).record.type))),

    review: createEntryReview({
      app,
      loadEntry,
      loadBookRow: async (id) => (await loadBook(id)).row,
      verificationSelection: async (bookId) => {
        const { record } = await loadBook(bookId);
        return selectionOf(db, bookId, record.verification ?? NO_VERIFICATION);
      },
      entryView,
      indexed,
    }),

    verification: createEntryVerification(verificationDeps),
    doubleEntry: createDoubleEntry(verificationDeps),

    reports: createReportReader(app),

    exports: createBookExports({ app, loadBookRow: async (id) => (await loadBook(id)).row, indexed }),
  };
}
