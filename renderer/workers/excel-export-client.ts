/**
 * Runs one Excel export in its own worker and returns the workbook's bytes; the worker ends
 * with the answer. Rejects (without detail, which could carry values) when it fails.
 */
import { ExportEvent, type ExportRequest } from './excel-export-protocol';

/** Built by build/build.mjs from excel-export.worker.ts, next to the app bundle. */
const WORKER_URL = 'workers/excel-export.js';

export function buildExportWorkbook(request: ExportRequest): Promise<Uint8Array> {
  const worker = new Worker(new URL(WORKER_URL, document.baseURI), { type: 'module', name: 'excel-export' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      const event = ExportEvent.safeParse(e.data);
      if (event.success && event.data.kind === 'done') resolve(new Uint8Array(event.data.bytes));
      else reject(new Error('excel export failed'));
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error('excel export worker crashed'));
    });
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
