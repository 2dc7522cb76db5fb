/**
 * Password-based key derivation for key slots: PBKDF2-SHA-256 through WebCrypto (no WASM,
 * so the CSP needs no 'wasm-unsafe-eval'). Parameters are versioned and stored with each
 * slot; stored parameters below the floor are refused so a tampered slot cannot downgrade
 * the work factor. Never call this inside an IndexedDB transaction: awaiting it commits.
 */
import { z } from 'zod';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';

/** OWASP 2023 floor for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_MIN_ITERATIONS = 600_000;

export const KdfParams = z.object({
  alg: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(PBKDF2_MIN_ITERATIONS).max(10_000_000),
  salt: z.string().min(22),
});
export type KdfParams = z.infer<typeof KdfParams>;

export function newKdfParams(iterations = PBKDF2_MIN_ITERATIONS): KdfParams {
  return KdfParams.parse({ alg: 'pbkdf2-sha256', iterations, salt: toBase64(randomBytes(16)) });
}

/**
 * SECURITY: returns a non-extractable AES-GCM key that only wraps/unwraps a slot; the
 * password string is normalised to NFC so the same password typed through any IME unlocks.
 */
export async function deriveSlotKey(password: string, params: KdfParams): Promise<CryptoKey> {
  const checked = KdfParams.parse(params);
  const material = await crypto.subtle.importKey('raw', utf8(password.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: checked.iterations, salt: fromBase64(checked.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
