/**
 * Page thumbnails for the scan store: a chosen file or a stored one's bytes opened to count its
 * pages and draw them small in memory, encoded as JPEG, one at a time. A PDF is opened in pdf.js
 * from bytes in memory; an image is decoded with createImageBitmap from a Blob, never an object URL.
 */
import type { PageImages, PageThumbnails } from '../store/scan-types';
import { StoreError } from '../store/types';
import { canvasJpeg, drawRotated } from './canvas-jpeg';
import { openPdf } from './pdf-document';

/** Long side of a thumbnail in pixels: enough to recognise a page in the grid. */
const THUMB_SIZE = 200;
const THUMB_QUALITY = 0.7;

/** A file that starts like a PDF or an image but does not open (damaged, password-protected) is not a usable scan. */
const unusable = (): never => {
  throw new StoreError('unsupported_file');
};

async function imageThumbnails(image: Blob): Promise<PageThumbnails> {
  const bitmap = await createImageBitmap(image).catch(unusable);
  const canvas = document.createElement('canvas');
  return {
    pageCount: 1,
    async draw() {
      drawRotated(canvas, bitmap, THUMB_SIZE / Math.max(bitmap.width, bitmap.height), 0);
      return canvasJpeg(canvas, THUMB_QUALITY);
    },
    close: async () => bitmap.close(),
  };
}

async function pdfThumbnails(bytes: Uint8Array<ArrayBuffer>): Promise<PageThumbnails> {
  const pdf = await openPdf(bytes).catch(unusable);
  const canvas = document.createElement('canvas');
  return {
    pageCount: pdf.pageCount,
    async draw(index) {
      const { width, height } = await pdf.size(index, 0);
      await pdf.render(index, canvas, THUMB_SIZE / Math.max(width, height), 0);
      return canvasJpeg(canvas, THUMB_QUALITY);
    },
    close: () => pdf.destroy(),
  };
}

export const pageImages: PageImages = {
  async open(kind, file) {
    if (kind === 'image') return imageThumbnails(file instanceof Blob ? file : new Blob([file]));
    return pdfThumbnails(file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : file);
  },
};
