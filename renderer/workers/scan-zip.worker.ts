/**
 * Entry point of the scan ZIP worker (built to dist/renderer/workers/scan-zip.js): builds one
 * PDF per entry from its linked pages and streams the ZIP of them back, off the UI thread and
 * without pulling pdf-lib into the app bundle. Sources arrive on request, decrypted, in memory
 * only; nothing is written anywhere.
 */
import { EntryPdfError } from '../../shared/export/entry-pdf';
import { streamScanZip } from '../../shared/export/scan-zip';
import { ScanZipRequest, type ScanZipEvent } from './scan-zip-protocol';

const post = (event: ScanZipEvent, transfer: Transferable[] = []) => self.postMessage(event, { transfer });
const waiting = new Map<string, (bytes: Uint8Array) => void>();

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  const request = ScanZipRequest.safeParse(e.data);
  if (!request.success) return post({ kind: 'failed', code: 'failed' });
  if (request.data.kind === 'source') {
    waiting.get(request.data.sourceId)?.(new Uint8Array(request.data.bytes));
    waiting.delete(request.data.sourceId);
    return;
  }
  const load = (sourceId: string) =>
    new Promise<Uint8Array>((resolve) => {
      waiting.set(sourceId, resolve);
      post({ kind: 'need', sourceId });
    });
  streamScanZip(
    request.data.entries,
    {
      load,
      // A copy of each piece is ours to transfer; fflate may still hold views of its own buffers.
      data: (chunk) => {
        const bytes = chunk.slice().buffer;
        post({ kind: 'data', bytes }, [bytes]);
      },
      progress: (done, total) => post({ kind: 'progress', done, total }),
    },
    new Date(request.data.modified),
  ).then(
    ({ pdfs }) => post({ kind: 'done', pdfs }),
    (error: unknown) => post({ kind: 'failed', code: error instanceof EntryPdfError ? error.code : 'failed' }),
  );
});
