/**
 * Entry point of the pdf.js worker (built to dist/renderer/workers/pdf.js and served by the
 * app itself, so CSP `worker-src 'self'` covers it): the stock worker, nothing added.
 */
import 'pdfjs-dist/build/pdf.worker.mjs';
