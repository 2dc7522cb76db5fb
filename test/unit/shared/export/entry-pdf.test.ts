/**
 * Per-entry PDFs read back with pdf-lib and with pdf.js (a reader independent of the writer):
 * pages in link order, PDF pages copied at their size, photos as pages the size of the image,
 * the stored rotation added to the page's own, and unreadable sources or missing pages refused
 * with a code.
 */
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildEntryPdf, EntryPdfError, openSource, type OpenSource } from '../../../../shared/export/entry-pdf';
import { grayPng, jpegHeader, sizedPdf } from './scan-fixtures';

const pagesOf = async (bytes: Uint8Array) =>
  (await PDFDocument.load(bytes)).getPages().map((p) => ({ ...p.getSize(), rotation: p.getRotation().angle }));

describe('buildEntryPdf', () => {
  it('copies PDF pages in link order and adds the stored rotation to the page’s own', async () => {
    const sources = new Map<string, OpenSource>([['s1', await openSource(await sizedPdf(4, [3]))]]);
    const pdf = await buildEntryPdf(
      [
        { sourceId: 's1', pageIndex: 2, rotation: 0 },
        { sourceId: 's1', pageIndex: 0, rotation: 90 },
        { sourceId: 's1', pageIndex: 3, rotation: 270 },
      ],
      (id) => sources.get(id) as OpenSource,
    );
    expect(await pagesOf(pdf)).toEqual([
      { width: 102, height: 202, rotation: 0 },
      { width: 100, height: 200, rotation: 90 },
      { width: 103, height: 203, rotation: 0 },
    ]);
  });

  it('makes a page the size of each photo, PNG or JPEG, turned as stored', async () => {
    const sources = new Map<string, OpenSource>([
      ['png', await openSource(grayPng(40, 60))],
      ['jpg', await openSource(jpegHeader(300, 200))],
      ['pdf', await openSource(await sizedPdf(1))],
    ]);
    const pdf = await buildEntryPdf(
      [
        { sourceId: 'png', pageIndex: 0, rotation: 180 },
        { sourceId: 'pdf', pageIndex: 0, rotation: 0 },
        { sourceId: 'jpg', pageIndex: 0, rotation: 90 },
      ],
      (id) => sources.get(id) as OpenSource,
    );
    expect(await pagesOf(pdf)).toEqual([
      { width: 40, height: 60, rotation: 180 },
      { width: 100, height: 200, rotation: 0 },
      { width: 300, height: 200, rotation: 90 },
    ]);
  });

  it('is read the same by pdf.js: page count, size as shown and rotation', async () => {
    const sources = new Map<string, OpenSource>([
      ['pdf', await openSource(await sizedPdf(2, [1]))],
      ['png', await openSource(grayPng(40, 60))],
    ]);
    const pdf = await buildEntryPdf(
      [
        { sourceId: 'pdf', pageIndex: 1, rotation: 90 },
        { sourceId: 'png', pageIndex: 0, rotation: 90 },
      ],
      (id) => sources.get(id) as OpenSource,
    );
    const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise;
    try {
      const pages = await Promise.all([1, 2].map((n) => doc.getPage(n)));
      expect(doc.numPages).toBe(2);
      expect(pages.map((p) => p.rotate)).toEqual([180, 90]);
      expect(pages.map((p) => p.getViewport({ scale: 1 })).map((v) => [v.width, v.height])).toEqual([
        [101, 201],
        [60, 40],
      ]);
    } finally {
      await doc.destroy();
    }
  });

  it('refuses a page the source does not have and a source that is no scan', async () => {
    const source = await openSource(await sizedPdf(1));
    await expect(buildEntryPdf([{ sourceId: 's', pageIndex: 1, rotation: 0 }], () => source)).rejects.toEqual(new EntryPdfError('page_missing'));
    await expect(openSource(new TextEncoder().encode('%PDF-1.4 broken'))).rejects.toEqual(new EntryPdfError('source_unreadable'));
    await expect(openSource(new TextEncoder().encode('plain text'))).rejects.toEqual(new EntryPdfError('source_unreadable'));
  });
});
