/**
 * Runs one scan ZIP build in its own worker: answers the worker's requests for sources with
 * their decrypted bytes (transferred, so the caller's buffer is detached), passes the ZIP's
 * pieces on in order and tells the worker how much of them is written (its backpressure), and
 * ends the worker with the answer. A failure of `load` or `data` (the host refused a piece)
 * stops the worker at once.
 */
import type { EntryPdfPlan } from '../../shared/export/scan-zip';
import { ScanZipEvent, type ScanZipFailureCode, type ScanZipRequest } from './scan-zip-protocol';

/** Built by build/build.mjs from scan-zip.worker.ts, next to the app bundle. */
const WORKER_URL = 'workers/scan-zip.js';

export class ScanZipFailure extends Error {
  constructor(readonly code: ScanZipFailureCode) {
    super(`scan zip: ${code}`);
  }
}

export interface ScanZipSink {
  load(sourceId: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Resolves when the chunk is written. */
  data(chunk: Uint8Array): Promise<void>;
  progress(done: number, total: number): void;
}

export function buildScanZipInWorker(entries: readonly EntryPdfPlan[], modified: number, sink: ScanZipSink): Promise<{ pdfs: number }> {
  const worker = new Worker(new URL(WORKER_URL, document.baseURI), { type: 'module', name: 'scan-zip' });
  const send = (request: ScanZipRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  let written = 0;
  return new Promise<{ pdfs: number }>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      const event = ScanZipEvent.safeParse(e.data);
      if (!event.success) return reject(new ScanZipFailure('failed'));
      const message = event.data;
      try {
        if (message.kind === 'need') {
          sink.load(message.sourceId).then(
            (bytes) => send({ kind: 'source', sourceId: message.sourceId, bytes: bytes.buffer }, [bytes.buffer]),
            reject,
          );
        } else if (message.kind === 'data') {
          const chunk = new Uint8Array(message.bytes);
          sink.data(chunk).then(() => {
            written += chunk.length;
            send({ kind: 'written', bytes: written });
          }, reject);
        }
        else if (message.kind === 'progress') sink.progress(message.done, message.total);
        else if (message.kind === 'done') resolve({ pdfs: message.pdfs });
        else reject(new ScanZipFailure(message.code));
      } catch (error) {
        reject(error);
      }
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new ScanZipFailure('failed'));
    });
    send({ kind: 'start', entries: entries.map((e) => ({ name: e.name, pages: [...e.pages] })), modified });
  }).finally(() => worker.terminate());
}
