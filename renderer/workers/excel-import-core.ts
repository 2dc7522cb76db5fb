/**
 * The import worker's logic as plain functions, so Node tests run it without a Worker: parses
 * each request, reads the workbook, plans the import against the book's type and reports
 * progress, the preview or one failure. A cancel request is honoured at every await; the
 * renderer also terminates the worker, which is what stops a long synchronous validation.
 * Holds the file only for the duration of one read; writes nothing anywhere.
 */
import { planImport } from '../../shared/excel';
import { readWorkbook } from '../../shared/xlsx';
import { ImportRequest, type ImportEvent } from './excel-import-protocol';

export type Post = (event: ImportEvent) => void;

export interface ImportHandler {
  (data: unknown): Promise<void>;
}

export function createImportHandler(post: Post): ImportHandler {
  let running: { cancelled: boolean } | null = null;

  const read = async (request: Extract<ImportRequest, { kind: 'read' }>) => {
    const job = { cancelled: false };
    running = job;
    try {
      post({ kind: 'progress', phase: 'reading', done: 0, total: 0 });
      const workbook = await readWorkbook(new Uint8Array(request.bytes));
      if (job.cancelled) return post({ kind: 'cancelled' });
      if (!workbook.ok) return post({ kind: 'failed', code: workbook.error.code, message: workbook.error.message });
      const plan = planImport(workbook.value, {
        type: request.type,
        today: request.today,
        onProgress: (done, total) => post({ kind: 'progress', phase: 'checking', done, total }),
      });
      if (!plan.ok) return post({ kind: 'failed', code: plan.error.code, message: plan.error.message });
      post({ kind: 'done', preview: plan.value });
    } finally {
      running = null;
    }
  };

  return async (data) => {
    const request = ImportRequest.safeParse(data);
    if (!request.success) return post({ kind: 'failed', code: 'bad-message', message: 'Yêu cầu gửi tới bộ đọc tệp không hợp lệ.' });
    if (request.data.kind === 'cancel') {
      if (running) running.cancelled = true;
      return;
    }
    if (running) return post({ kind: 'failed', code: 'busy', message: 'Đang đọc một tệp khác; hãy đợi hoặc hủy trước.' });
    await read(request.data);
  };
}
