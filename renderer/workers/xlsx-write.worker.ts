/**
 * Entry point of the xlsx writing worker (built to dist/renderer/workers/xlsx-write.js): turns
 * a sheet model, or a book's rows laid out in their export profile, into .xlsx bytes off the UI
 * thread, and keeps the Excel library out of the app bundle. Writes nothing anywhere; the bytes
 * go back to the page that asked.
 */
import { exportSheet, getProfile } from '../../shared/excel';
import { writeWorkbook } from '../../shared/xlsx';
import { XlsxWriteRequest, type XlsxWriteEvent } from './xlsx-write-protocol';

const post = (event: XlsxWriteEvent, transfer: Transferable[] = []) => self.postMessage(event, { transfer });

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  const request = XlsxWriteRequest.safeParse(e.data);
  if (!request.success) return post({ kind: 'failed' });
  const { data } = request;
  const model = data.kind === 'sheets' ? data.model : exportSheet(getProfile(data.type, data.layout), data.rows);
  writeWorkbook(model).then(
    (bytes) => {
      const buffer = bytes.slice().buffer;
      post({ kind: 'done', bytes: buffer }, [buffer]);
    },
    () => post({ kind: 'failed' }),
  );
});
