/**
 * Entry point of the xlsx writing worker (built to dist/renderer/workers/xlsx-write.js): turns
 * one sheet model into .xlsx bytes off the UI thread and keeps the Excel library out of the app
 * bundle. Writes nothing anywhere; the bytes go back to the page that asked.
 */
import type { SheetModel } from '../../shared/excel/sheet-model';
import { writeWorkbook } from '../../shared/xlsx';

self.addEventListener('message', (e: MessageEvent<SheetModel>) => {
  writeWorkbook(e.data).then(
    (bytes) => self.postMessage({ ok: true, bytes }, { transfer: [bytes.buffer] }),
    () => self.postMessage({ ok: false }),
  );
});
