/**
 * Writes a sheet model to .xlsx bytes in a short-lived worker (xlsx-write.worker.ts), so the
 * page never loads the Excel library. One worker per file; it is ended once it answers.
 */
import type { SheetModel } from '../../shared/excel/sheet-model';

/** Built by build/build.mjs from xlsx-write.worker.ts, next to the app bundle. */
const WORKER_URL = 'workers/xlsx-write.js';

export function writeWorkbookInWorker(model: SheetModel): Promise<Uint8Array> {
  const worker = new Worker(new URL(WORKER_URL, document.baseURI), { type: 'module', name: 'xlsx-write' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      const reply = e.data;
      if (typeof reply === 'object' && reply !== null && 'bytes' in reply && reply.bytes instanceof Uint8Array) resolve(reply.bytes);
      else reject(new Error('xlsx-write: the worker could not write the workbook'));
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error('xlsx-write: the worker stopped'));
    });
    worker.postMessage(model);
  }).finally(() => worker.terminate());
}
