/**
 * Writes one workbook in a short-lived worker (xlsx-write.worker.ts), so the page never loads
 * the Excel library: a sheet model made on the page, or a book's rows in an export profile.
 * The worker ends with the answer. Rejects without detail (which could carry values) on failure.
 */
import type { RegisterTypeCode } from '../../shared/domain/register-types';
import type { SheetModel } from '../../shared/excel/sheet-model';
import { XlsxWriteEvent, type XlsxWriteRequest } from './xlsx-write-protocol';

/** Built by build/build.mjs from xlsx-write.worker.ts, next to the app bundle. */
const WORKER_URL = 'workers/xlsx-write.js';

/** The request as its makers hold it (a model's arrays read-only); the worker parses it as XlsxWriteRequest. */
type WriteInput = { kind: 'sheets'; model: SheetModel } | Extract<XlsxWriteRequest, { kind: 'export' }>;

function writeInWorker(request: WriteInput): Promise<Uint8Array> {
  const worker = new Worker(new URL(WORKER_URL, document.baseURI), { type: 'module', name: 'xlsx-write' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      const event = XlsxWriteEvent.safeParse(e.data);
      if (event.success && event.data.kind === 'done') resolve(new Uint8Array(event.data.bytes));
      else reject(new Error('xlsx-write: the worker could not write the workbook'));
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error('xlsx-write: the worker stopped'));
    });
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

export const writeWorkbookInWorker = (model: SheetModel): Promise<Uint8Array> => writeInWorker({ kind: 'sheets', model });

export const buildExportWorkbook = (request: { type: RegisterTypeCode; layout: string; rows: Record<string, string>[] }): Promise<Uint8Array> =>
  writeInWorker({ kind: 'export', ...request });
