// Dexie's liveQuery runs only where a global indexedDB exists, so this file installs fake-indexeddb as the global one before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import { CHUNK_SIZE, chunkId } from '../../../../renderer/store/scan-chunks';
import { createScanStore } from '../../../../renderer/store/scan-store';
import type { PageImages } from '../../../../renderer/store/scan-types';
import { StoreError } from '../../../../renderer/store/types';
import fixtures from '../../../fixtures/standard-entries.json';
import { fakeImages, ksBook, LEAD, provisioned } from './store-harness';

const MARKER = 'NGUYEN-VAN-MARKER-7731';

/** A PDF-looking file of `size` bytes with the marker in every chunk. */
function pdfFile(size: number, name = 'so-01.pdf'): File {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31) % 251;
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'), 0);
  for (let at = 64; at + MARKER.length < size; at += CHUNK_SIZE / 2) bytes.set(new TextEncoder().encode(MARKER), at);
  return new File([bytes], name, { type: 'application/pdf' });
}

const png = (name: string) => new File([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3)], name, { type: 'image/png' });

/**
 * Fake page images whose every drawing waits until `next()` lets it finish; `drawn` lists the
 * pages drawn, in turn, and `opened` what each opening was given: the chosen file or stored bytes.
 */
function gatedImages(pdfPages: number) {
  const drawn: number[] = [];
  const opened: (Blob | Uint8Array)[] = [];
  const waiting: (() => void)[] = [];
  const images: PageImages = {
    open: async (kind, file) => {
      opened.push(file);
      return {
        pageCount: kind === 'pdf' ? pdfPages : 1,
        draw: (pageIndex) =>
          new Promise((resolve) =>
            waiting.push(() => {
              drawn.push(pageIndex);
              resolve(Uint8Array.of(0xff, 0xd8, pageIndex));
            }),
          ),
        close: async () => undefined,
      };
    },
  };
  const next = async () => {
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    waiting.shift()?.();
  };
  return { images, drawn, opened, next };
}

/** Thumbnails are written one by one unless a test asks for batches, so each step can be watched. */
async function setup(images: PageImages = fakeImages(), thumbnailBatch = 1) {
  const opened = await provisioned();
  const citizen = createCitizenStore(opened.store, definitionOf);
  const book = await citizen.books.create(ksBook());
  const scans = createScanStore(opened.store, images, { thumbnailBatch });
  return { ...opened, citizen, book, scans };
}

const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle));

describe('scan store', () => {
  it('stores a file as sealed chunks and reads it back whole', async () => {
    const { store, book, scans } = await setup();
    const file = pdfFile(2 * CHUNK_SIZE + 1234);
    const progress: number[] = [];
    const pages = await scans.importFiles(book.id, [file], { onProgress: (p) => progress.push(p.done) });
    expect(pages.map((p) => [p.kind, p.pageIndex, p.order, p.number])).toEqual([
      ['pdf', 0, 0, 1],
      ['pdf', 1, 1, 2],
      ['pdf', 2, 2, 3],
    ]);
    expect(progress).toEqual([CHUNK_SIZE, 2 * CHUNK_SIZE, file.size]);
    const chunks = await store.db.scanChunks.toArray();
    expect(chunks.map((c) => c.index).sort()).toEqual([0, 1, 2]);
    for (const chunk of chunks) expect(contains(chunk.sealed, MARKER)).toBe(false);
    const source = await scans.readSource(pages[0]!.sourceId);
    expect(source.kind).toBe('pdf');
    expect(Buffer.from(source.bytes).equals(Buffer.from(await file.arrayBuffer()))).toBe(true);
    await scans.drawThumbnails(book.id);
    expect(Array.from(await scans.thumbnail(pages[1]!.id))).toEqual([0xff, 0xd8, 1]);
    const audit = await store.audit.list({ actions: ['scan.imported'] });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ files: 1, pages: 3, bytes: file.size });
  });

  it('reads a file one chunk at a time, never whole', async () => {
    const { book, scans } = await setup();
    const file = pdfFile(3 * CHUNK_SIZE + 5);
    const read: number[] = [];
    // The store may only slice; the thumbnailer (fake here) is the one reader of the whole file.
    const watched = new Proxy(file, {
      get(target, property) {
        if (property === 'arrayBuffer' || property === 'stream' || property === 'text') throw new Error(`whole file read: ${String(property)}`);
        if (property === 'slice')
          return (start?: number, end?: number) => {
            const part = target.slice(start, end);
            read.push(part.size);
            return part;
          };
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    await scans.importFiles(book.id, [watched]);
    expect(Math.max(...read)).toBeLessThanOrEqual(CHUNK_SIZE);
    // The first slice is the 8-byte head that tells the kind; the rest are the chunks.
    expect(read.slice(1)).toEqual([CHUNK_SIZE, CHUNK_SIZE, CHUNK_SIZE, 5]);
  });

  it('refuses chunks swapped between places or sources', async () => {
    const { store, book, scans } = await setup();
    const [a] = await scans.importFiles(book.id, [pdfFile(CHUNK_SIZE + 10)]);
    const [b] = await scans.importFiles(book.id, [pdfFile(CHUNK_SIZE + 10, 'other.pdf')]);
    const { db } = store;
    const first = (await db.scanChunks.get(chunkId(a!.sourceId, 0)))!;
    const second = (await db.scanChunks.get(chunkId(a!.sourceId, 1)))!;
    await db.scanChunks.bulkPut([{ ...first, sealed: second.sealed }, { ...second, sealed: first.sealed }]);
    await expect(scans.readSource(a!.sourceId)).rejects.toThrow(/auth_failed/);
    const foreign = (await db.scanChunks.get(chunkId(b!.sourceId, 0)))!;
    await db.scanChunks.put({ ...foreign, sealed: first.sealed });
    await expect(scans.readSource(b!.sourceId)).rejects.toThrow(/auth_failed/);
  });

  it('leaves nothing behind when an import fails, is cancelled or was cut off', async () => {
    const failing: PageImages = { open: async () => Promise.reject(new Error('bad pdf')) };
    const { store, book, scans, clock } = await setup(failing);
    await expect(scans.importFiles(book.id, [pdfFile(CHUNK_SIZE * 2)])).rejects.toThrow('bad pdf');
    const controller = new AbortController();
    const good = createScanStore(store, fakeImages());
    const cancelled = good.importFiles(book.id, [pdfFile(CHUNK_SIZE * 3)], {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(await store.db.scanSources.count()).toBe(0);
    expect(await store.db.scanChunks.count()).toBe(0);
    expect(await store.audit.list({ actions: ['scan.imported'] })).toHaveLength(0);

    // A crash mid-import: an 'importing' source and a chunk, no pages; the next open removes them.
    await store.db.scanSources.add({ id: 'x1', schemaVersion: 1, keyId: 'k', updatedAt: clock.now, sealed: new Uint8Array(1), bookId: book.id, kind: 'pdf', size: 5, chunkSize: CHUNK_SIZE, chunkCount: 1, state: 'importing' });
    await store.db.scanChunks.add({ id: chunkId('x1', 0), sourceId: 'x1', index: 0, size: 5, keyId: 'k', sealed: new Uint8Array(40) });
    createScanStore(store, fakeImages());
    await vi.waitFor(async () => expect(await store.db.scanChunks.count()).toBe(0));
    expect(await store.db.scanSources.count()).toBe(0);
    expect(await good.pages(book.id)).toEqual([]);
  });

  it('appends images in the chosen order, rotates, moves and numbers pages', async () => {
    const { store, book, scans } = await setup(fakeImages(2));
    await scans.importFiles(book.id, [pdfFile(100)]);
    const added = await scans.importFiles(book.id, [png('b.png'), png('a.png')]);
    expect(added.map((p) => [p.kind, p.order, p.number])).toEqual([
      ['image', 2, 3],
      ['image', 3, 4],
    ]);
    const [p0, p1, b, a] = await scans.pages(book.id);
    expect((await scans.rotate(b!.id, 1)).find((p) => p.id === b!.id)?.rotation).toBe(90);
    expect((await scans.rotate(b!.id, -2)).find((p) => p.id === b!.id)?.rotation).toBe(270);
    const moved = await scans.move(a!.id, 0);
    expect(moved.map((p) => p.id)).toEqual([a!.id, p0!.id, p1!.id, b!.id]);
    expect(moved.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    const numbered = await scans.numberFrom(p1!.id, 11);
    expect(numbered.map((p) => p.number)).toEqual([1, 2, 11, 12]);
    expect(await store.audit.list({ actions: ['scan.pages_changed'] })).toHaveLength(4);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses files that are neither PDF nor image, and users without the right', async () => {
    const { store, book, scans } = await setup();
    await expect(scans.importFiles(book.id, [new File(['hello'], 'a.txt')])).rejects.toMatchObject({ code: 'unsupported_file' });
    await scans.importFiles(book.id, [png('a.png')]);
    await store.users.create({ username: 'ky.thuat', displayName: 'KỸ THUẬT', roles: ['technician'], password: 'Bàn phím số 42 ok' });
    await store.users.create({ username: 'cong.an', displayName: 'CÔNG AN', roles: ['police'], password: 'Bàn phím số 42 ok' });
    await store.lock('manual');
    await store.login('cong.an', 'Bàn phím số 42 ok');
    const [page] = await scans.pages(book.id);
    expect(page).toBeDefined();
    await expect(scans.rotate(page!.id, 1)).rejects.toBeInstanceOf(StoreError);
    await expect(scans.importFiles(book.id, [png('b.png')])).rejects.toMatchObject({ code: 'forbidden_role' });
    await store.lock('manual');
    await store.login('ky.thuat', 'Bàn phím số 42 ok');
    await expect(scans.pages(book.id)).rejects.toMatchObject({ code: 'forbidden_role' });
    await expect(scans.readSource(page!.sourceId)).rejects.toMatchObject({ code: 'forbidden_role' });
  });

  it('removes a page, then a whole file with its sealed chunks, closing up positions in audited writes', async () => {
    const { store, book, scans } = await setup(fakeImages(3));
    await scans.importFiles(book.id, [pdfFile(2 * CHUNK_SIZE + 7), png('a.png'), png('b.png')]);
    const [p0, p1, p2, a, b] = await scans.pages(book.id);
    expect(await scans.removal({ scope: 'page', pageId: p1!.id })).toEqual({ pages: 1, files: 0, linkedEntries: 0 });
    const afterPage = await scans.remove({ scope: 'page', pageId: p1!.id });
    expect(afterPage.map((p) => [p.id, p.order, p.number])).toEqual([
      [p0!.id, 0, 1],
      [p2!.id, 1, 3],
      [a!.id, 2, 4],
      [b!.id, 3, 5],
    ]);
    // The PDF still shows two pages, so its chunks stay and it still reads back whole.
    expect(await store.db.scanChunks.where('sourceId').equals(p0!.sourceId).count()).toBe(3);
    expect((await scans.readSource(p0!.sourceId)).bytes.length).toBe(2 * CHUNK_SIZE + 7);

    expect(await scans.removal({ scope: 'source', pageId: p2!.id })).toEqual({ pages: 2, files: 1, linkedEntries: 0 });
    const afterSource = await scans.remove({ scope: 'source', pageId: p2!.id });
    expect(afterSource.map((p) => [p.id, p.order, p.number])).toEqual([
      [a!.id, 0, 4],
      [b!.id, 1, 5],
    ]);
    // An image is its file's only page: removing the page removes the file.
    await scans.remove({ scope: 'page', pageId: a!.id });
    const sources = await store.db.scanSources.toArray();
    expect(sources.map((r) => r.id)).toEqual([b!.sourceId]);
    const chunks = await store.db.scanChunks.toArray();
    expect(chunks.every((c) => c.sourceId === b!.sourceId)).toBe(true);
    await expect(scans.readSource(p0!.sourceId)).rejects.toMatchObject({ code: 'not_found' });
    expect(await scans.pages(book.id)).toMatchObject([{ id: b!.id, order: 0 }]);
    const audit = await store.audit.list({ actions: ['scan.pages_removed'] });
    expect(audit.map((e) => e.details).reverse()).toEqual([
      { book: book.id, scope: 'page', pages: 1, files: 0 },
      { book: book.id, scope: 'source', pages: 2, files: 1 },
      { book: book.id, scope: 'page', pages: 1, files: 1 },
    ]);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses to remove pages entries link to, saying how many, until they are relinked', async () => {
    const { store, citizen, book, scans } = await setup(fakeImages(2));
    await store.users.create({ username: 'nhap.lieu', displayName: 'NGUYỄN VĂN NHẬP', roles: ['clerk'], password: 'Bàn phím số 42 ok' });
    await store.lock('manual');
    await store.login('nhap.lieu', 'Bàn phím số 42 ok');
    const [first, second] = await scans.importFiles(book.id, [pdfFile(100)]);
    const [photo] = await scans.importFiles(book.id, [png('a.png')]);
    const entry = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[0]!, notInBook: [], pages: [first!.id, second!.id] });
    await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[1]!, notInBook: [], pages: [second!.id] });
    expect(await scans.removal({ scope: 'page', pageId: first!.id })).toMatchObject({ linkedEntries: 1 });
    expect(await scans.removal({ scope: 'source', pageId: first!.id })).toMatchObject({ pages: 2, linkedEntries: 2 });
    await expect(scans.remove({ scope: 'source', pageId: first!.id })).rejects.toMatchObject({ code: 'pages_linked' });
    await expect(scans.remove({ scope: 'page', pageId: first!.id })).rejects.toMatchObject({ code: 'pages_linked' });
    expect(await scans.pages(book.id)).toHaveLength(3);
    expect(await store.db.audit.where('action').equals('scan.pages_removed').count()).toBe(0);

    await citizen.entries.saveKeyed({ id: entry.id, bookId: book.id, values: fixtures.KS[0]!, notInBook: [], pages: [second!.id, photo!.id] });
    expect((await scans.remove({ scope: 'page', pageId: first!.id })).map((p) => p.id)).toEqual([second!.id, photo!.id]);
  });

  it('saves an entry without its links to pages removed since they were picked, or of another book', async () => {
    const { store, citizen, book, scans } = await setup(fakeImages(2));
    const [first, second] = await scans.importFiles(book.id, [pdfFile(100)]);
    const other = await citizen.books.create(ksBook({ quyenSo: '02/2008' }));
    const [foreign] = await scans.importFiles(other.id, [png('b.png')]);
    await scans.remove({ scope: 'page', pageId: second!.id });
    await store.users.create({ username: 'nhap.lieu', displayName: 'NGUYỄN VĂN NHẬP', roles: ['clerk'], password: 'Bàn phím số 42 ok' });
    await store.lock('manual');
    await store.login('nhap.lieu', 'Bàn phím số 42 ok');
    const entry = await citizen.entries.saveKeyed({ bookId: book.id, values: fixtures.KS[0]!, notInBook: [], pages: [first!.id, second!.id, foreign!.id] });
    expect(entry.pages).toEqual([first!.id]);
  });

  it('changes nothing when a removal fails at its last step', async () => {
    const { store, book, scans } = await setup(fakeImages(2));
    const [first] = await scans.importFiles(book.id, [pdfFile(CHUNK_SIZE + 9), png('a.png')]);
    // The import's background drawing settles first, so only the removal could change the pages.
    await scans.drawThumbnails(book.id);
    const before = { pages: await scans.pages(book.id), chunks: await store.db.scanChunks.count(), sources: await store.db.scanSources.count() };
    // The audit row is written after the deletes, in the same transaction.
    const bulkAdd = vi.spyOn(store.db.audit, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(scans.remove({ scope: 'source', pageId: first!.id })).rejects.toThrow('disk full');
    bulkAdd.mockRestore();
    expect(await scans.pages(book.id)).toEqual(before.pages);
    expect(await store.db.scanChunks.count()).toBe(before.chunks);
    expect(await store.db.scanSources.count()).toBe(before.sources);
    expect((await scans.readSource(first!.sourceId)).bytes.length).toBe(CHUNK_SIZE + 9);
    expect(await store.audit.list({ actions: ['scan.pages_removed'] })).toHaveLength(0);
    await scans.remove({ scope: 'source', pageId: first!.id });
    expect(await store.db.scanChunks.count()).toBe(1);
  });

  it('tells a watcher of the book\'s pages about every change until it stops', async () => {
    const { book, scans } = await setup(fakeImages(2));
    const seen: number[][] = [];
    const stop = scans.watchPages(book.id, (pages) => seen.push(pages.map((p) => p.number)), (error) => { throw error; });
    await vi.waitFor(() => expect(seen).toEqual([[]]));
    const [page] = await scans.importFiles(book.id, [pdfFile(100)]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([1, 2]));
    await scans.remove({ scope: 'page', pageId: page!.id });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([2]));
    stop();
    const count = seen.length;
    await scans.importFiles(book.id, [png('a.png')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(count);
  });

  it('lists a file\'s pages before their thumbnails, then fills them in page by page', async () => {
    const gate = gatedImages(3);
    const { store, book, scans } = await setup(gate.images);
    const added = await scans.importFiles(book.id, [pdfFile(CHUNK_SIZE + 3)]);
    expect(added.map((p) => [p.number, p.thumbnail])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect((await scans.pages(book.id)).map((p) => p.thumbnail)).toEqual([false, false, false]);
    await expect(scans.thumbnail(added[0]!.id)).rejects.toMatchObject({ code: 'not_found' });
    // The audit entry tells the pages at once; drawing thumbnails adds none.
    expect((await store.audit.list({ actions: ['scan.imported'] }))[0]!.details).toMatchObject({ pages: 3 });

    const drawing = scans.drawThumbnails(book.id);
    expect(scans.drawThumbnails(book.id)).toBe(drawing);
    await gate.next();
    await vi.waitFor(async () => expect((await scans.pages(book.id)).map((p) => p.thumbnail)).toEqual([true, false, false]));
    expect(Array.from(await scans.thumbnail(added[0]!.id))).toEqual([0xff, 0xd8, 0]);
    await gate.next();
    await gate.next();
    await drawing;
    expect((await scans.pages(book.id)).map((p) => p.thumbnail)).toEqual([true, true, true]);
    for (const [i, page] of added.entries()) expect(Array.from(await scans.thumbnail(page.id))).toEqual([0xff, 0xd8, i]);
    const sealed = await store.db.scanPages.toArray();
    for (const row of sealed) expect(Array.from(row.sealed.subarray(-3))).not.toEqual([0xff, 0xd8, row.pageIndex]);
    expect(await store.audit.list({ actions: ['scan.imported'] })).toHaveLength(1);
    expect(await store.audit.verify()).toMatchObject({ ok: true });
  });

  it('writes thumbnails drawn in the background a batch at a time, the last batch however short', async () => {
    const gate = gatedImages(3);
    const { book, scans } = await setup(gate.images, 2);
    await scans.importFiles(book.id, [pdfFile(CHUNK_SIZE + 3)]);
    const drawing = scans.drawThumbnails(book.id);
    await gate.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await scans.pages(book.id)).map((p) => p.thumbnail)).toEqual([false, false, false]);
    await gate.next();
    await vi.waitFor(async () => expect((await scans.pages(book.id)).map((p) => p.thumbnail)).toEqual([true, true, false]));
    await gate.next();
    await drawing;
    expect((await scans.pages(book.id)).map((p) => p.thumbnail)).toEqual([true, true, true]);
  });

  it('resumes thumbnails cut off by a lock or a closed window, never drawing or storing one twice', async () => {
    const gate = gatedImages(4);
    const { store, book, scans } = await setup(gate.images);
    const file = pdfFile(CHUNK_SIZE + 100);
    const added = await scans.importFiles(book.id, [file]);
    const drawing = scans.drawThumbnails(book.id);
    await gate.next();
    await vi.waitFor(async () => expect((await scans.pages(book.id)).filter((p) => p.thumbnail)).toHaveLength(1));
    // Locked while page 2 is being drawn: it is not stored and the drawing stops.
    await store.lock('manual');
    await gate.next();
    await expect(drawing).rejects.toMatchObject({ code: 'locked' });
    await store.login(LEAD.username, LEAD.password);
    expect((await scans.pages(book.id)).map((p) => p.thumbnail)).toEqual([true, false, false, false]);

    // The window closed mid-way: another store over the same database draws only what is missing.
    const reopened = createScanStore(store, gate.images);
    const resumed = reopened.drawThumbnails(book.id);
    await gate.next();
    await gate.next();
    await gate.next();
    await resumed;
    expect(gate.drawn).toEqual([0, 1, 1, 2, 3]);
    // The import's drawing used the file it opened to count the pages; the resumed one opened the stored copy, decrypted.
    expect(gate.opened).toHaveLength(2);
    expect(gate.opened[0]).toBe(file);
    expect(Buffer.from(gate.opened[1] as Uint8Array).equals(Buffer.from(await file.arrayBuffer()))).toBe(true);
    await reopened.drawThumbnails(book.id);
    expect(gate.drawn).toHaveLength(5);
    const rows = await store.db.scanPages.toArray();
    expect(rows).toHaveLength(4);
    for (const [i, page] of added.entries()) expect(Array.from(await scans.thumbnail(page.id))).toEqual([0xff, 0xd8, i]);
  });

  it('keeps the first thumbnail when two windows draw the same page, and draws none for a page removed meanwhile', async () => {
    const gate = gatedImages(3);
    const { store, book, scans } = await setup(gate.images);
    const [first, second, third] = await scans.importFiles(book.id, [pdfFile(100)]);
    const other = gatedImages(3);
    const otherWindow = createScanStore(store, other.images);
    const here = scans.drawThumbnails(book.id);
    const there = otherWindow.drawThumbnails(book.id);
    await gate.next();
    await vi.waitFor(async () => expect((await scans.pages(book.id))[0]!.thumbnail).toBe(true));
    const stored = (await store.db.scanPages.get(first!.id))!.sealed;
    // The other window's copy of page 1 comes second and is dropped, not written over the first.
    await other.next();
    await scans.remove({ scope: 'page', pageId: third!.id });
    await scans.rotate(second!.id, 1);
    await gate.next();
    await other.next();
    await Promise.all([here, there]);
    expect(Buffer.from((await store.db.scanPages.get(first!.id))!.sealed).equals(Buffer.from(stored))).toBe(true);
    const pages = await scans.pages(book.id);
    expect(pages.map((p) => [p.id, p.rotation, p.thumbnail])).toEqual([
      [first!.id, 0, true],
      [second!.id, 90, true],
    ]);
    expect(gate.drawn).toEqual([0, 1]);
    expect(other.drawn).toEqual([0, 1]);
  });
});
