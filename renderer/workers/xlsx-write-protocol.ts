/**
 * The messages between the renderer and the xlsx writing worker, as zod schemas parsed on both
 * sides: either a sheet model made on the page (the weekly report), or a book's entry values
 * with the export profile to lay them out in (the Ministry export, whose model of thousands of
 * rows is better made off the UI thread too). The workbook's bytes come back, in memory only;
 * must not log.
 */
import { z } from 'zod';
import { RegisterTypeCode } from '../../shared/domain/register-types';

const Cell = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.date(),
  z.null(),
  z.object({ formula: z.string() }),
  z.object({ error: z.string() }),
]);

const SheetModel = z.object({
  sheets: z.array(
    z.object({
      name: z.string(),
      rows: z.array(z.array(Cell)),
      columnWidths: z.array(z.number()).optional(),
      print: z.object({ orientation: z.enum(['portrait', 'landscape']), headerRow: z.number().int().min(1).optional() }).optional(),
    }),
  ),
});

export const XlsxWriteRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sheets'), model: SheetModel }),
  z.object({
    kind: z.literal('export'),
    type: RegisterTypeCode,
    /** Layout key of the type's profiles: 'default', 'older' … */
    layout: z.string(),
    /** Entry values in the order of the file's rows. */
    rows: z.array(z.record(z.string(), z.string())),
  }),
]);
export type XlsxWriteRequest = z.infer<typeof XlsxWriteRequest>;

export const XlsxWriteEvent = z.discriminatedUnion('kind', [
  /** Transferred, not copied. */
  z.object({ kind: z.literal('done'), bytes: z.instanceof(ArrayBuffer) }),
  z.object({ kind: z.literal('failed') }),
]);
export type XlsxWriteEvent = z.infer<typeof XlsxWriteEvent>;
