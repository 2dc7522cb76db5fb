/**
 * A book's scans: importing PDF files and photos as sealed chunks, the page list (order, page
 * numbers, rotation, sealed thumbnails) and reading a file back for display. An import streams
 * each file with `Blob.slice`, one chunk per transaction, counts its pages and becomes visible
 * only in the one audited transaction that marks its sources ready and adds their pages; a crash
 * before that leaves 'importing' rows that the next open removes. Thumbnails come afterwards:
 * pages are added without one and drawThumbnails fills in the missing ones page by page, each
 * written as it is done, so an interrupted drawing resumes where it stopped. Removing a page or a
 * whole file is one audited transaction too, refused while entries link to what it removes.
 * Decrypted bytes go to the caller only.
 */
import { liveQuery } from 'dexie';
import { open, seal } from '../../shared/crypto/envelope';
import { SCAN_HEAD_BYTES, scanKindOf } from '../../shared/domain/scan-files';
import { appendedPlaces, changedPlaces, movePage, numberFrom, remainingPlaces, rotated, type PagePlace } from '../../shared/domain/scan-pages';
import type { AuditDraft } from './audit-chain';
import type { AppStoreInternals } from './app-store';
import type { ScanPageRow, ScanSourceRow } from './db';
import { EntryRecord } from './entry-sealing';
import { newId } from './ids';
import { keyFor, openRecord, sealRecord } from './records';
import { CHUNK_SIZE, readSourceBytes, sealChunk } from './scan-chunks';
import type { PageId, PageImages, PageThumbnails, ScanImportOptions, ScanKind, ScanPageView, ScanRemoval, ScanRemovalTarget, ScanSourceId } from './scan-types';
import { StoreError, type BookId } from './types';

const SCHEMA_VERSION = 1;

export interface ScanStore {
  /** Files (PDF or JPEG/PNG, told by their bytes) appended to the book's pages in the given order, all or nothing. */
  importFiles(bookId: BookId, files: readonly File[], options?: ScanImportOptions): Promise<ScanPageView[]>;
  /**
   * Draws the book's missing thumbnails one page at a time, yielding between pages, each sealed
   * and written as it is done; an import starts it itself. A call while a drawing of the book
   * runs joins it. Stops at the first page after a lock; what is missing is drawn by the next call.
   */
  drawThumbnails(bookId: BookId): Promise<void>;
  pages(bookId: BookId): Promise<ScanPageView[]>;
  /** The book's pages now and after every change from this or another window, until the returned stop is called. */
  watchPages(bookId: BookId, onPages: (pages: ScanPageView[]) => void, onError: (error: unknown) => void): () => void;
  /** The page's small JPEG, decrypted; `not_found` while it is not drawn yet. */
  thumbnail(pageId: PageId): Promise<Uint8Array<ArrayBuffer>>;
  /** The whole source file (a PDF or an image), decrypted in memory for display. */
  readSource(sourceId: ScanSourceId): Promise<{ kind: ScanKind; bytes: Uint8Array<ArrayBuffer> }>;
  rotate(pageId: PageId, quarterTurns: number): Promise<ScanPageView[]>;
  /** Moves a page to a 0-based position; page numbers stay with positions. */
  move(pageId: PageId, to: number): Promise<ScanPageView[]>;
  /** Numbers this page `first` and the following pages on from it. */
  numberFrom(pageId: PageId, first: number): Promise<ScanPageView[]>;
  /** What removing the page, or its whole file, would take away: the pages and the entries linked to them. */
  removal(target: ScanRemovalTarget): Promise<ScanRemoval>;
  /**
   * Removes the page, or every page of its file; a file left without pages goes with its sealed
   * chunks. Refused (`pages_linked`) while an entry links to a page it would remove.
   */
  remove(target: ScanRemovalTarget): Promise<ScanPageView[]>;
}

class ImportAborted extends Error {
  override name = 'AbortError';
}

/** A page row's `sealed` is its thumbnail, empty until drawn: an empty array holds nothing to seal. */
const NO_THUMBNAIL = new Uint8Array(0);
const hasThumbnail = (row: ScanPageRow) => row.sealed.byteLength > 0;

/**
 * Thumbnails written per transaction while drawing in the background: with one per write, the
 * grid's watch re-read 300 pages' rows 300 times and the renderer went 170 MB over the import's
 * memory bound (scan.import.peakMemory.MB); an interruption redraws at most this many.
 */
const THUMBNAIL_BATCH = 10;

/** Lets input and painting go first between two pages drawn in the background. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const pageView = (row: ScanPageRow): ScanPageView => ({
  id: row.id as PageId,
  bookId: row.bookId as BookId,
  sourceId: row.sourceId as ScanSourceId,
  kind: row.kind,
  pageIndex: row.pageIndex,
  order: row.order,
  number: row.number,
  rotation: row.rotation,
  thumbnail: hasThumbnail(row),
});

const thumbContext = (pageId: string, keyId: string) => ({ table: 'scanPages', recordId: pageId, schemaVersion: SCHEMA_VERSION, keyId });

export function createScanStore(app: AppStoreInternals, images: PageImages, { thumbnailBatch = THUMBNAIL_BATCH } = {}): ScanStore {
  const { db } = app;

  /** Clerks key with the scans and book managers prepare them: either may change pages. */
  const editor = () => {
    try {
      return app.unlocked('keyEntries');
    } catch (error) {
      if (error instanceof StoreError && error.code === 'forbidden_role') return app.unlocked('manageBooks');
      throw error;
    }
  };

  /** Inside a transaction over the three scan tables: a source's chunks are deleted by one index range, however large the file. */
  const dropSource = async (id: string) => {
    await db.scanChunks.where('sourceId').equals(id).delete();
    await db.scanPages.where('sourceId').equals(id).delete();
    await db.scanSources.delete(id);
  };

  const removeSources = (ids: readonly string[]) =>
    db.transaction('rw', [db.scanSources, db.scanChunks, db.scanPages], async () => {
      for (const id of ids) await dropSource(id);
    });

  // An import cut off by a crash or a closed window never became visible; drop its chunks now.
  void db.scanSources
    .where('state')
    .equals('importing')
    .primaryKeys()
    .then(removeSources)
    .catch(() => undefined);

  const bookRows = async (bookId: string): Promise<ScanPageRow[]> => (await db.scanPages.where('bookId').equals(bookId).toArray()).sort((a, b) => a.order - b.order);

  const pageRow = async (pageId: string): Promise<ScanPageRow> => {
    const row = await db.scanPages.get(pageId);
    if (!row) throw new StoreError('not_found');
    return row;
  };

  /** Stores one file's chunks under a fresh 'importing' source, announced to `started` before its first chunk so a failure can remove it. */
  const storeFile = async (bookId: string, file: File, started: (row: ScanSourceRow) => void, stored: (bytes: number) => void, signal?: AbortSignal) => {
    const { keys } = editor();
    const key = keyFor(keys, 'scanSources');
    const kind = scanKindOf(new Uint8Array(await file.slice(0, SCAN_HEAD_BYTES).arrayBuffer()));
    if (!kind) throw new StoreError('unsupported_file');
    const id = newId(app.now());
    const chunkCount = Math.ceil(file.size / CHUNK_SIZE);
    const meta = await sealRecord(keys, 'scanSources', id, SCHEMA_VERSION, { name: file.name, type: file.type }, app.now());
    const row: ScanSourceRow = { ...meta, bookId, kind, size: file.size, chunkSize: CHUNK_SIZE, chunkCount, state: 'importing' };
    await db.scanSources.add(row);
    started(row);
    for (let index = 0; index < chunkCount; index++) {
      if (signal?.aborted) throw new ImportAborted();
      const slice = new Uint8Array(await file.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE).arrayBuffer());
      const chunk = await sealChunk(key, keys.keyId, id, index, slice);
      await db.scanChunks.put(chunk);
      stored(slice.length);
    }
  };

  /** Not audited: a thumbnail is drawn from the file the import's audit entry already names. */
  const sealThumbnail = async (pageId: string, jpeg: Uint8Array) => {
    const { keys } = editor();
    return { pageId, keyId: keys.keyId, sealed: await seal(keyFor(keys, 'scanPages'), thumbContext(pageId, keys.keyId), new Uint8Array(jpeg)) };
  };
  /** Writes each page's thumbnail unless the page has one or is gone by then (drawn by another window, removed meanwhile): a page never gets a second thumbnail. */
  const storeThumbnails = (drawn: readonly Awaited<ReturnType<typeof sealThumbnail>>[]) =>
    db.transaction('rw', db.scanPages, async () => {
      for (const { pageId, keyId, sealed } of drawn) {
        const row = await db.scanPages.get(pageId);
        if (row && !hasThumbnail(row)) await db.scanPages.update(pageId, { sealed, keyId });
      }
    });

  /**
   * What this window's imports leave for the drawing, by source: the file as chosen, and the first
   * file of an import still open from counting its pages. Either spares opening the stored copy,
   * which would decrypt and load the whole file again while the counted one is still in memory.
   */
  const handOver = new Map<string, { bookId: string; file: Blob; opened?: PageThumbnails }>();

  /** Opens the source once and draws the given pages of it in turn, those still without a thumbnail. */
  const drawSource = async (sourceId: string, rows: readonly ScanPageRow[]) => {
    const { keys } = editor();
    const given = handOver.get(sourceId);
    handOver.delete(sourceId);
    const source = await db.scanSources.get(sourceId);
    if (!source || source.state !== 'ready') {
      await given?.opened?.close();
      return;
    }
    const pages = given?.opened ?? (await images.open(source.kind, given?.file ?? (await readSourceBytes(db, keyFor(keys, 'scanSources'), source))));
    // Written a few at a time: each write makes every watcher of the book re-read all its page rows, thumbnails and all.
    let drawn: Awaited<ReturnType<typeof sealThumbnail>>[] = [];
    const flush = async () => {
      const batch = drawn;
      drawn = [];
      if (batch.length > 0) await storeThumbnails(batch);
    };
    try {
      for (const row of rows) {
        await nextTask();
        const now = await db.scanPages.get(row.id);
        // Removed meanwhile, or drawn by another window: nothing to draw.
        if (now && !hasThumbnail(now)) drawn.push(await sealThumbnail(row.id, await pages.draw(row.pageIndex)));
        if (drawn.length >= thumbnailBatch) await flush();
      }
      await flush();
    } finally {
      await pages.close();
    }
  };

  /** A drawing per book; `again` when a call joined it, so pages added meanwhile are looked for once more. */
  const drawing = new Map<string, { run: Promise<void>; again: boolean }>();

  /**
   * Source by source in page order, until no page of a source not yet tried lacks a thumbnail:
   * files imported while this runs are drawn too, and one that fails is left (its pages keep
   * their placeholders) for the next call rather than retried in a loop.
   */
  const drawMissing = async (bookId: string, state: { again: boolean }) => {
    const tried = new Set<string>();
    try {
      for (;;) {
        editor();
        state.again = false;
        const missing = (await bookRows(bookId)).filter((row) => !hasThumbnail(row) && !tried.has(row.sourceId));
        const sourceId = missing[0]?.sourceId;
        if (sourceId === undefined) {
          if (state.again) continue;
          return;
        }
        tried.add(sourceId);
        try {
          await drawSource(
            sourceId,
            missing.filter((row) => row.sourceId === sourceId),
          );
        } catch {
          // Locked or signed out: editor() throws and the drawing stops. A damaged file or a source removed meanwhile: go on with the others.
          editor();
        }
      }
    } finally {
      // Stopped early: the book's files left open are freed; the next drawing opens them again.
      for (const [id, given] of handOver) {
        if (given.bookId !== bookId || !given.opened) continue;
        handOver.set(id, { bookId, file: given.file });
        await given.opened.close();
      }
    }
  };

  const drawThumbnails: ScanStore['drawThumbnails'] = (bookId) => {
    const running = drawing.get(bookId);
    if (running) {
      running.again = true;
      return running.run;
    }
    const state = { run: Promise.resolve(), again: false };
    state.run = drawMissing(bookId, state).finally(() => drawing.delete(bookId));
    drawing.set(bookId, state);
    return state.run;
  };

  const importFiles: ScanStore['importFiles'] = async (bookId, files, options = {}) => {
    const { keys, userId } = editor();
    if (!(await db.books.get(bookId))) throw new StoreError('not_found');
    const { onProgress, signal } = options;
    const totalBytes = files.reduce((n, f) => n + f.size, 0);
    let storedBytes = 0;
    const sources: ScanSourceRow[] = [];
    let first: PageThumbnails | undefined;
    try {
      for (const file of files) {
        await storeFile(
          bookId,
          file,
          (row) => sources.push(row),
          (bytes) => {
            storedBytes += bytes;
            onProgress?.({ done: storedBytes, total: totalBytes });
          },
          signal,
        );
      }
      const pageCounts: number[] = [];
      for (const [i, source] of sources.entries()) {
        const file = files[i];
        if (!file) continue;
        const opened = await images.open(source.kind, file);
        pageCounts.push(opened.pageCount);
        // The first file stays open for the drawing, which starts with it; keeping more would hold them all at once.
        if (i === 0) first = opened;
        else await opened.close();
        if (signal?.aborted) throw new ImportAborted();
      }
      const places = appendedPlaces(await bookRows(bookId), pageCounts.reduce((n, c) => n + c, 0));
      const now = app.now();
      const pageRows: ScanPageRow[] = [];
      for (const [i, source] of sources.entries()) {
        for (let pageIndex = 0; pageIndex < (pageCounts[i] ?? 0); pageIndex++) {
          const place = places[pageRows.length];
          if (!place) throw new StoreError('conflict');
          pageRows.push({
            id: newId(now),
            schemaVersion: SCHEMA_VERSION,
            keyId: keys.keyId,
            updatedAt: now,
            sealed: NO_THUMBNAIL,
            bookId,
            sourceId: source.id,
            kind: source.kind,
            pageIndex,
            rotation: 0,
            ...place,
          });
        }
      }
      const audit: AuditDraft = { action: 'scan.imported', targetId: bookId, details: { book: bookId, files: sources.length, pages: pageRows.length, bytes: totalBytes } };
      await app.writer.write({
        keys,
        actorId: userId,
        audit: [audit],
        tables: [db.scanSources, db.scanChunks, db.scanPages],
        apply: async () => {
          // A clean-up from another window may have removed an unfinished source meanwhile: then nothing becomes visible.
          for (const source of sources) {
            const chunks = await db.scanChunks.where('sourceId').equals(source.id).count();
            if (!(await db.scanSources.get(source.id)) || chunks !== source.chunkCount) throw new StoreError('conflict');
          }
          await db.scanSources.bulkPut(sources.map((s) => ({ ...s, state: 'ready' as const, updatedAt: now })));
          await db.scanPages.bulkAdd(pageRows);
        },
      });
      for (const [i, source] of sources.entries()) {
        const file = files[i];
        if (file) handOver.set(source.id, { bookId, file, ...(i === 0 && first ? { opened: first } : {}) });
      }
      // A drawing stopped by a lock leaves placeholders that the next call draws.
      void drawThumbnails(bookId).catch(() => undefined);
      return pageRows.map(pageView);
    } catch (error) {
      await first?.close();
      await removeSources(sources.map((s) => s.id));
      throw error;
    }
  };

  /** Writes new places (order, number) of a book's pages, audited as one change. */
  const writePlaces = async (bookId: string, rows: ScanPageRow[], after: PagePlace[], change: string) => {
    const { keys, userId } = editor();
    const now = app.now();
    const updated = changedPlaces(rows, after).map(({ id, order, number }) => ({ key: id, changes: { order, number, updatedAt: now } }));
    if (updated.length > 0) {
      await app.writer.write({
        keys,
        actorId: userId,
        audit: [{ action: 'scan.pages_changed', targetId: bookId, details: { book: bookId, change, pages: updated.length } }],
        tables: [db.scanPages],
        apply: async () => void (await db.scanPages.bulkUpdate(updated)),
      });
    }
    return (await bookRows(bookId)).map(pageView);
  };

  /**
   * What a removal takes away, read before its transaction: the book's pages and entries as they
   * were (the transaction checks they still are), the pages and files to remove and how many
   * entries link to those pages. Links live inside the sealed entries, so each is opened.
   */
  const removalPlan = async ({ scope, pageId }: ScanRemovalTarget) => {
    const { keys } = editor();
    const page = await pageRow(pageId);
    const rows = await bookRows(page.bookId);
    const removed = new Set(scope === 'page' ? [page.id] : rows.filter((r) => r.sourceId === page.sourceId).map((r) => r.id));
    const sources = [page.sourceId].filter((id) => rows.every((r) => r.sourceId !== id || removed.has(r.id)));
    const entryRows = await db.entries.where('bookId').equals(page.bookId).toArray();
    const links = await Promise.all(entryRows.map(async (row) => (await openRecord(keys, 'entries', row, EntryRecord)).pages));
    const linkedEntries = links.filter((pages) => pages.some((id) => removed.has(id))).length;
    return { bookId: page.bookId, rows, entryRows, removed, sources, linkedEntries };
  };

  const sameRows = (before: readonly { id: string; updatedAt: number }[], now: readonly { id: string; updatedAt: number }[]) => {
    const was = new Map(before.map((r) => [r.id, r.updatedAt]));
    return now.length === before.length && now.every((r) => was.get(r.id) === r.updatedAt);
  };

  return {
    importFiles,
    drawThumbnails,

    async pages(bookId) {
      app.unlocked('citizenData');
      return (await bookRows(bookId)).map(pageView);
    },

    watchPages(bookId, onPages, onError) {
      const subscription = liveQuery(async () => {
        app.unlocked('citizenData');
        return (await bookRows(bookId)).map(pageView);
      }).subscribe({ next: onPages, error: onError });
      return () => subscription.unsubscribe();
    },

    async thumbnail(pageId) {
      const { keys } = app.unlocked('citizenData');
      const row = await pageRow(pageId);
      if (!hasThumbnail(row)) throw new StoreError('not_found');
      return open(keyFor(keys, 'scanPages'), thumbContext(row.id, row.keyId), row.sealed);
    },

    async readSource(sourceId) {
      const { keys } = app.unlocked('citizenData');
      const source = await db.scanSources.get(sourceId);
      if (!source || source.state !== 'ready') throw new StoreError('not_found');
      return { kind: source.kind, bytes: await readSourceBytes(db, keyFor(keys, 'scanSources'), source) };
    },

    async rotate(pageId, quarterTurns) {
      const { keys, userId } = editor();
      const row = await pageRow(pageId);
      const changes = { rotation: rotated(row.rotation, quarterTurns), updatedAt: app.now() };
      await app.writer.write({
        keys,
        actorId: userId,
        audit: [{ action: 'scan.pages_changed', targetId: row.bookId, details: { book: row.bookId, change: 'rotate', pages: 1 } }],
        tables: [db.scanPages],
        apply: async () => void (await db.scanPages.update(row.id, changes)),
      });
      return (await bookRows(row.bookId)).map(pageView);
    },

    async move(pageId, to) {
      editor();
      const { bookId } = await pageRow(pageId);
      const rows = await bookRows(bookId);
      return writePlaces(bookId, rows, movePage(rows, pageId, to), 'move');
    },

    async numberFrom(pageId, first) {
      editor();
      const { bookId } = await pageRow(pageId);
      const rows = await bookRows(bookId);
      return writePlaces(bookId, rows, numberFrom(rows, pageId, first), 'number');
    },

    async removal(target) {
      const plan = await removalPlan(target);
      return { pages: plan.removed.size, files: plan.sources.length, linkedEntries: plan.linkedEntries };
    },

    async remove(target) {
      const { keys, userId } = editor();
      const { bookId, rows, entryRows, removed, sources, linkedEntries } = await removalPlan(target);
      // Refused rather than unlinked: an entry's links make its PDF for the Ministry, so dropping one
      // silently would ship an entry without its page. The clerk relinks those entries first.
      if (linkedEntries > 0) throw new StoreError('pages_linked');
      const now = app.now();
      const updated = changedPlaces(rows, remainingPlaces(rows, removed)).map(({ id, order }) => ({ key: id, changes: { order, updatedAt: now } }));
      await app.writer.write({
        keys,
        actorId: userId,
        audit: [{ action: 'scan.pages_removed', targetId: bookId, details: { book: bookId, scope: target.scope, pages: removed.size, files: sources.length } }],
        tables: [db.scanSources, db.scanChunks, db.scanPages, db.entries],
        apply: async () => {
          // Pages changed or an entry saved meanwhile (maybe linking a page that goes): decide again on what is there now.
          const [pagesNow, entriesNow] = await Promise.all([db.scanPages.where('bookId').equals(bookId).toArray(), db.entries.where('bookId').equals(bookId).toArray()]);
          if (!sameRows(rows, pagesNow) || !sameRows(entryRows, entriesNow)) throw new StoreError('conflict');
          await db.scanPages.bulkDelete([...removed]);
          for (const id of sources) await dropSource(id);
          await db.scanPages.bulkUpdate(updated);
        },
      });
      return (await bookRows(bookId)).map(pageView);
    },
  };
}
