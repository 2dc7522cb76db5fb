/**
 * The one place that talks to pdf.js: opens a PDF from bytes already in memory and draws a
 * page onto a canvas. pdf.js runs without eval (CSP has no 'unsafe-eval'), without WebAssembly
 * and without fetching anything: the worker is the app's own file and the bytes are handed over
 * (transferred, so they are held once, inside the worker).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import type { Rotation } from '../../shared/domain/scan-pages';

/** Built by build/build.mjs from renderer/workers/pdf.worker.ts, next to the app bundle. */
GlobalWorkerOptions.workerSrc = new URL('workers/pdf.js', document.baseURI).href;

export interface PdfDocument {
  readonly pageCount: number;
  /** Draws page `index` (0-based) at `scale` CSS pixels per PDF point, turned by `rotation`; `signal` cancels the drawing. */
  render(index: number, canvas: HTMLCanvasElement, scale: number, rotation: Rotation, signal?: AbortSignal): Promise<void>;
  /** Page size in PDF points after rotation. */
  size(index: number, rotation: Rotation): Promise<{ width: number; height: number }>;
  destroy(): Promise<void>;
}

/** SECURITY: `bytes` is detached by the call; the decrypted PDF lives on only in the worker until destroy(). */
export async function openPdf(bytes: Uint8Array<ArrayBuffer>): Promise<PdfDocument> {
  // No cMap or standard-font URLs either: scans need neither, and pdf.js then fetches nothing.
  // JPEGs are decoded by pdf.js's own decoder, not Chromium's ImageDecoder (left off by pdf.js in
  // Chromium): measured beside the form, ImageDecoder flipped back to back 2.5× faster but kept
  // about 390 MB more in the renderer, page and document cleaned up or not; clerks have 4 GB laptops.
  const task = getDocument({ data: bytes, isEvalSupported: false, useWasm: false, useWorkerFetch: false, verbosity: 0 });
  const doc: PDFDocumentProxy = await task.promise;
  const viewport = async (index: number, scale: number, rotation: Rotation) => {
    const page = await doc.getPage(index + 1);
    return { page, viewport: page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 }) };
  };
  return {
    pageCount: doc.numPages,
    async render(index, canvas, scale, rotation, signal) {
      signal?.throwIfAborted();
      const { page, viewport: view } = await viewport(index, scale, rotation);
      signal?.throwIfAborted();
      canvas.width = Math.max(1, Math.floor(view.width));
      canvas.height = Math.max(1, Math.floor(view.height));
      const task = page.render({ canvas, viewport: view });
      const cancel = () => task.cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        await task.promise;
      } finally {
        signal?.removeEventListener('abort', cancel);
        page.cleanup();
      }
    },
    async size(index, rotation) {
      const { viewport: view } = await viewport(index, 1, rotation);
      return { width: view.width, height: view.height };
    },
    destroy: () => task.destroy(),
  };
}
