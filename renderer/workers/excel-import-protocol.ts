/**
 * The messages between the renderer and the Excel import worker, as zod schemas: each side
 * parses what it receives, so a malformed message is refused at the boundary, not deep in the
 * UI or the reader. Carries file bytes in and entry values out, in memory only; must not log.
 */
import { z } from 'zod';
import { RegisterTypeCode } from '../../shared/domain/register-types';

export const ImportRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('read'),
    /** Transferred, not copied: the renderer's reference is detached once sent. */
    bytes: z.instanceof(ArrayBuffer),
    /** The book's register type. */
    type: RegisterTypeCode,
    /** The user's local date, for "date in the future". */
    today: z.object({ year: z.number().int(), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  }),
  z.object({ kind: z.literal('cancel') }),
]);
export type ImportRequest = z.infer<typeof ImportRequest>;

export const PreviewProblem = z.object({
  row: z.number().int().min(1),
  column: z.string(),
  value: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  reason: z.string(),
  reasonEn: z.string(),
});
export type PreviewProblem = z.infer<typeof PreviewProblem>;

export const PreviewRow = z.object({
  row: z.number().int().min(1),
  values: z.record(z.string(), z.string()),
  status: z.enum(['keyed', 'draft']),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportPreview = z.object({
  type: RegisterTypeCode,
  profileId: z.string(),
  sheetName: z.string(),
  rows: z.array(PreviewRow).readonly(),
  problems: z.array(PreviewProblem).readonly(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportFailureCode = z.enum([
  // The workbook (shared/xlsx).
  'empty',
  'too-big',
  'not-xlsx',
  'corrupt',
  'too-many-sheets',
  'too-many-rows',
  'too-many-columns',
  'cell-too-long',
  'too-complex',
  'timeout',
  // The sheet against the book (shared/excel).
  'no-sheet',
  'no-header',
  'unknown-type',
  'ambiguous-type',
  'wrong-type',
  // The worker itself.
  'bad-message',
  'busy',
  'crashed',
]);
export type ImportFailureCode = z.infer<typeof ImportFailureCode>;

export const ImportEvent = z.discriminatedUnion('kind', [
  /** `reading`: unpacking the workbook (no measure); `checking`: rows read and validated. */
  z.object({ kind: z.literal('progress'), phase: z.enum(['reading', 'checking']), done: z.number().int().min(0), total: z.number().int().min(0) }),
  z.object({ kind: z.literal('done'), preview: ImportPreview }),
  z.object({ kind: z.literal('failed'), code: ImportFailureCode, message: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type ImportEvent = z.infer<typeof ImportEvent>;
