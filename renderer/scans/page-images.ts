/**
 * Thumbnails for the scan store's import: every page drawn small in memory and encoded as
 * JPEG. A PDF is read once into pdf.js (its chunks are already sealed in the store by then);
 * an image is decoded with createImageBitmap straight from the File, with no object URL.
 */
import type { PageImages } from '../store/scan-types';
import { StoreError } from '../store/types';
import { canvasJpeg, drawRotated } from './canvas-jpeg';
import { openPdf } from './pdf-document';

/** Long side of a thumbnail in pixels: enough to recognise a page in the grid. */
const THUMB_SIZE = 200;
const THUMB_QUALITY = 0.7;

class Aborted extends Error {
  override name = 'AbortError';
}

/** A file that starts like a PDF or an image but does not open (damaged, password-protected) is not a usable scan. */
const unusable = (): never => {
  throw new StoreError('unsupported_file');
};

export const pageImages: PageImages = {
  async thumbnails(kind, file, onPage, signal) {
    const canvas = document.createElement('canvas');
    if (kind === 'image') {
      const bitmap = await createImageBitmap(file).catch(unusable);
      try {
        drawRotated(canvas, bitmap, THUMB_SIZE / Math.max(bitmap.width, bitmap.height), 0);
      } finally {
        bitmap.close();
      }
      onPage(1, 1);
      return [await canvasJpeg(canvas, THUMB_QUALITY)];
    }
    const pdf = await openPdf(new Uint8Array(await file.arrayBuffer())).catch(unusable);
    try {
      const out: Uint8Array[] = [];
      for (let index = 0; index < pdf.pageCount; index++) {
        if (signal?.aborted) throw new Aborted();
        const { width, height } = await pdf.size(index, 0);
        await pdf.render(index, canvas, THUMB_SIZE / Math.max(width, height), 0);
        out.push(await canvasJpeg(canvas, THUMB_QUALITY));
        onPage(index + 1, pdf.pageCount);
      }
      return out;
    } finally {
      await pdf.destroy();
    }
  },
};
