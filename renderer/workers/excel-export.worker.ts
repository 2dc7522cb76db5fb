/**
 * Entry point of the Excel export worker (built to dist/renderer/workers/excel-export.js):
 * writes one book's rows in its profile through shared/excel and shared/xlsx, off the UI
 * thread and without pulling the Excel library into the app bundle. Writes nothing anywhere.
 */
import { exportSheet, getProfile } from '../../shared/excel';
import { writeWorkbook } from '../../shared/xlsx';
import { ExportRequest, type ExportEvent } from './excel-export-protocol';

const post = (event: ExportEvent, transfer: Transferable[] = []) => self.postMessage(event, { transfer });

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  const request = ExportRequest.safeParse(e.data);
  if (!request.success) return post({ kind: 'failed' });
  const { type, layout, rows } = request.data;
  writeWorkbook(exportSheet(getProfile(type, layout), rows)).then(
    (bytes) => {
      const buffer = bytes.slice().buffer;
      post({ kind: 'done', bytes: buffer }, [buffer]);
    },
    () => post({ kind: 'failed' }),
  );
});
