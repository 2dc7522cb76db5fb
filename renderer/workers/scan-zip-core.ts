/**
 * The scan ZIP worker's logic as a plain function, so Node tests run it without a Worker:
 * parses each request, on `start` builds the ZIP through shared/export, asking for each source
 * with a `need` event and waiting for its `source` answer, and posts the ZIP's pieces, progress
 * and the end (or one failure). It builds no further PDF while more than AHEAD_BYTES of posted
 * pieces are not yet reported written (a slow disk or USB stick must not pile the ZIP up in
 * memory). Holds sources only while entries still need them; writes nothing anywhere and must
 * not log.
 */
import { EntryPdfError } from '../../shared/export/entry-pdf';
import { streamScanZip } from '../../shared/export/scan-zip';
import { ScanZipRequest, type ScanZipEvent } from './scan-zip-protocol';

export type Post = (event: ScanZipEvent, transfer?: Transferable[]) => void;

/** Four host pieces: enough to keep the disk busy while the next PDF is built. */
export const AHEAD_BYTES = 24 * 1024 * 1024;

export function createScanZipHandler(post: Post, aheadBytes = AHEAD_BYTES): (data: unknown) => Promise<void> {
  const waiting = new Map<string, (bytes: Uint8Array) => void>();
  let posted = 0;
  let written = 0;
  let wake: (() => void) | null = null;
  const ready = async () => {
    while (posted - written > aheadBytes) await new Promise<void>((resolve) => (wake = resolve));
  };
  const load = (sourceId: string) =>
    new Promise<Uint8Array>((resolve) => {
      waiting.set(sourceId, resolve);
      post({ kind: 'need', sourceId });
    });

  return async (data) => {
    const request = ScanZipRequest.safeParse(data);
    if (!request.success) return post({ kind: 'failed', code: 'failed' });
    if (request.data.kind === 'source') {
      waiting.get(request.data.sourceId)?.(new Uint8Array(request.data.bytes));
      waiting.delete(request.data.sourceId);
      return;
    }
    if (request.data.kind === 'written') {
      written = request.data.bytes;
      wake?.();
      wake = null;
      return;
    }
    try {
      const { pdfs } = await streamScanZip(
        request.data.entries,
        {
          load,
          // A copy of each piece is ours to transfer; fflate may still hold views of its own buffers.
          data: (chunk) => {
            const bytes = chunk.slice().buffer;
            posted += bytes.byteLength;
            post({ kind: 'data', bytes }, [bytes]);
          },
          progress: (done, total) => post({ kind: 'progress', done, total }),
          ready,
        },
        new Date(request.data.modified),
      );
      post({ kind: 'done', pdfs });
    } catch (error) {
      post({ kind: 'failed', code: error instanceof EntryPdfError ? error.code : 'failed' });
    }
  };
}
