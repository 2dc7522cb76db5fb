/**
 * The messages between the renderer and the Excel export worker, as zod schemas parsed on
 * both sides: entry values in, the workbook's bytes out, in memory only; must not log.
 */
import { z } from 'zod';
import { RegisterTypeCode } from '../../shared/domain/register-types';

export const ExportRequest = z.object({
  type: RegisterTypeCode,
  /** Layout key of the type's profiles: 'default', 'older' … */
  layout: z.string(),
  /** Entry values in the order of the file's rows. */
  rows: z.array(z.record(z.string(), z.string())),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportEvent = z.discriminatedUnion('kind', [
  /** Transferred, not copied. */
  z.object({ kind: z.literal('done'), bytes: z.instanceof(ArrayBuffer) }),
  z.object({ kind: z.literal('failed') }),
]);
export type ExportEvent = z.infer<typeof ExportEvent>;
