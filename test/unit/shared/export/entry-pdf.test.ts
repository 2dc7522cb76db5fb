/**
 * Per-entry PDFs read back with pdf-lib: pages in link order, PDF pages copied at their size,
 * photos as pages the size of the image, the stored rotation added to the page's own, and
 * unreadable sources or missing pages refused with a code.
 */
import { PDFDocument } from 'pdf-lib';
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

  it('refuses a page the source does not have and a source that is no scan', async () => {
    const source = await openSource(await sizedPdf(1));
    await expect(buildEntryPdf([{ sourceId: 's', pageIndex: 1, rotation: 0 }], () => source)).rejects.toEqual(new EntryPdfError('page_missing'));
    await expect(openSource(new TextEncoder().encode('%PDF-1.4 broken'))).rejects.toEqual(new EntryPdfError('source_unreadable'));
    await expect(openSource(new TextEncoder().encode('plain text'))).rejects.toEqual(new EntryPdfError('source_unreadable'));
  });
});
