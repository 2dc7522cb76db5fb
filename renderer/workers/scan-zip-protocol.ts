/**
 * The messages between the renderer and the scan ZIP worker, as zod schemas parsed on both
 * sides. The worker asks for each source once; the renderer answers with its decrypted bytes,
 * in memory only. The ZIP comes back in pieces as it is made, no faster than the renderer reports
 * them written. Must not log: pieces and sources
 * are citizen data.
 */
import { z } from 'zod';

const Rotation = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);

export const ScanZipRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('start'),
    entries: z.array(
      z.object({
        name: z.string().min(1),
        pages: z.array(z.object({ sourceId: z.string(), pageIndex: z.number().int().min(0), rotation: Rotation })).min(1),
      }),
    ),
    /** Every member's date (ms since epoch): the export's. */
    modified: z.number(),
  }),
  /** Transferred, not copied. */
  z.object({ kind: z.literal('source'), sourceId: z.string(), bytes: z.instanceof(ArrayBuffer) }),
  /** How many of the ZIP's bytes are in the file so far: the worker stays at most a bound ahead. */
  z.object({ kind: z.literal('written'), bytes: z.number().int().min(0) }),
]);
export type ScanZipRequest = z.infer<typeof ScanZipRequest>;

export const ScanZipFailureCode = z.enum(['source_unreadable', 'page_missing', 'failed']);
export type ScanZipFailureCode = z.infer<typeof ScanZipFailureCode>;

export const ScanZipEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('need'), sourceId: z.string() }),
  /** The next bytes of the ZIP; transferred. */
  z.object({ kind: z.literal('data'), bytes: z.instanceof(ArrayBuffer) }),
  z.object({ kind: z.literal('progress'), done: z.number().int().min(0), total: z.number().int().min(0) }),
  z.object({ kind: z.literal('done'), pdfs: z.number().int().min(0) }),
  z.object({ kind: z.literal('failed'), code: ScanZipFailureCode }),
]);
export type ScanZipEvent = z.infer<typeof ScanZipEvent>;
