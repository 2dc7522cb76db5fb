import { describe, expect, it, vi } from 'vitest';
import { createCitizenStore } from '../../../../renderer/store/citizen-store';
import { definitionOf } from '../../../../renderer/store/definitions';
import { CHUNK_SIZE, chunkId } from '../../../../renderer/store/scan-chunks';
import { createScanStore } from '../../../../renderer/store/scan-store';
import type { PageImages } from '../../../../renderer/store/scan-types';
import { StoreError } from '../../../../renderer/store/types';
import { ksBook, provisioned } from './store-harness';

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

/** Thumbnails without a canvas: a PDF "has" `pdfPages` pages. */
const fakeImages = (pdfPages = 3): PageImages => ({
  thumbnails: async (kind) => Array.from({ length: kind === 'pdf' ? pdfPages : 1 }, (_, i) => Uint8Array.of(0xff, 0xd8, i)),
});

async function setup(images: PageImages = fakeImages()) {
  const opened = await provisioned();
  const citizen = createCitizenStore(opened.store, definitionOf);
  const book = await citizen.books.create(ksBook());
  const scans = createScanStore(opened.store, images);
  return { ...opened, citizen, book, scans };
}

const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle));

describe('scan store', () => {
  it('stores a file as sealed chunks and reads it back whole', async () => {
    const { store, book, scans } = await setup();
    const file = pdfFile(2 * CHUNK_SIZE + 1234);
    const progress: number[] = [];
    const pages = await scans.importFiles(book.id, [file], { onProgress: (p) => p.phase === 'storing' && progress.push(p.done) });
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
    const failing: PageImages = { thumbnails: async () => Promise.reject(new Error('bad pdf')) };
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
});
