/**
 * The EXIF orientation of a JPEG as a turn, in both TIFF byte orders, unturned without EXIF or
 * for a mirrored orientation; and an entry's PDF page carrying it added to the stored rotation.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildEntryPdf, openSource } from '../../../../shared/export/entry-pdf';
import { jpegRotation } from '../../../../shared/export/jpeg-orientation';
import { exifSegment, jpegHeader } from './scan-fixtures';

describe('jpegRotation', () => {
  it('turns as EXIF orientations 3, 6 and 8 say, in either byte order', () => {
    for (const order of ['II', 'MM'] as const) {
      expect([1, 3, 6, 8].map((o) => jpegRotation(jpegHeader(30, 20, exifSegment(o, order))))).toEqual([0, 180, 90, 270]);
    }
  });

  it('leaves a photo without EXIF, or mirrored, unturned', () => {
    expect(jpegRotation(jpegHeader(30, 20))).toBe(0);
    expect(jpegRotation(jpegHeader(30, 20, exifSegment(5, 'II')))).toBe(0);
    expect(jpegRotation(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00]))).toBe(0);
  });

  it('adds the photo’s own turn to the stored rotation on its PDF page', async () => {
    const photo = await openSource(jpegHeader(300, 200, exifSegment(6, 'MM')));
    const pdf = await buildEntryPdf([{ sourceId: 'p', pageIndex: 0, rotation: 90 }], () => photo);
    const [page] = (await PDFDocument.load(pdf)).getPages();
    expect(page?.getSize()).toEqual({ width: 300, height: 200 });
    expect(page?.getRotation().angle).toBe(180);
  });
});
