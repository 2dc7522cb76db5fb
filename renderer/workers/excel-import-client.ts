/**
 * Starts one Excel import read in its own worker and turns the worker's events into a
 * promise plus progress callbacks. The file's bytes are transferred (the caller's buffer is
 * detached); every event is parsed at this boundary. Cancelling terminates the worker, the
 * only way to stop a validation that runs synchronously inside it.
 */
import type { FullDate } from '../../shared/domain/partial-date';
import type { RegisterTypeCode } from '../../shared/domain/register-types';
import { ImportEvent, type ImportFailureCode, type ImportPreview } from './excel-import-protocol';

export type ImportProgress = Extract<ImportEvent, { kind: 'progress' }>;

export type ImportOutcome =
  | { kind: 'done'; preview: ImportPreview }
  | { kind: 'failed'; code: ImportFailureCode; message: string }
  | { kind: 'cancelled' };

export interface ImportRead {
  readonly outcome: Promise<ImportOutcome>;
  cancel(): void;
}

/** Built by build/build.mjs from excel-import.worker.ts, next to the app bundle. */
const WORKER_URL = 'workers/excel-import.js';

export function readImportFile(
  bytes: ArrayBuffer,
  request: { type: RegisterTypeCode; today: FullDate },
  onProgress: (progress: ImportProgress) => void,
): ImportRead {
  const worker = new Worker(new URL(WORKER_URL, document.baseURI), { type: 'module', name: 'excel-import' });
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const outcome = new Promise<ImportOutcome>((resolve) => {
    settle = (result) => {
      worker.terminate();
      settle = () => undefined;
      resolve(result);
    };
  });
  worker.addEventListener('message', (e: MessageEvent<unknown>) => {
    const event = ImportEvent.safeParse(e.data);
    if (!event.success) return settle({ kind: 'failed', code: 'bad-message', message: 'Bộ đọc tệp trả về dữ liệu không hợp lệ.' });
    if (event.data.kind === 'progress') onProgress(event.data);
    else settle(event.data);
  });
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    settle({ kind: 'failed', code: 'crashed', message: 'Bộ đọc tệp bị lỗi và đã dừng; hãy thử lại.' });
  });
  worker.postMessage({ kind: 'read', bytes, type: request.type, today: request.today }, [bytes]);
  return {
    outcome,
    cancel() {
      worker.postMessage({ kind: 'cancel' });
      settle({ kind: 'cancelled' });
    },
  };
}
