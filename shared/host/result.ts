/**
 * Errors cross every process boundary as values, never as thrown exceptions, so a
 * transport (IPC, HTTP) cannot leak stack traces or lose the error code on the way.
 */
import { z } from 'zod';

export const HostError = z.object({
  code: z.string().min(1),
  message: z.string(),
});
export type HostError = z.infer<typeof HostError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: HostError }),
  ]);
}
