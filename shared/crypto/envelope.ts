/**
 * The record envelope: every sealed record is AES-256-GCM with a fresh 96-bit IV and AAD that
 * binds record id, table, schema version and key id, so a ciphertext moved to another row,
 * table or key generation fails to open. Layout: [version byte][12-byte IV][ciphertext+tag].
 * Pure WebCrypto; never hands plaintext to anything but its caller.
 */
import { z } from 'zod';
import { concatBytes, fromUtf8, randomBytes, utf8 } from './bytes';

export const ENVELOPE_VERSION = 1;
const IV_LENGTH = 12;

export const SealContext = z.object({
  table: z.string().min(1),
  recordId: z.string().min(1),
  schemaVersion: z.number().int().min(1),
  keyId: z.string().min(1),
});
export type SealContext = z.infer<typeof SealContext>;

export class EnvelopeError extends Error {
  constructor(readonly code: 'unsupported_version' | 'malformed' | 'auth_failed') {
    super(`envelope: ${code}`);
  }
}

const aad = (context: SealContext, version: number): Uint8Array<ArrayBuffer> =>
  utf8(JSON.stringify(['sohoa-envelope', version, context.table, context.recordId, context.schemaVersion, context.keyId]));

export async function seal(key: CryptoKey, context: SealContext, plaintext: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_LENGTH);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(context, ENVELOPE_VERSION) },
    key,
    plaintext,
  );
  return concatBytes(Uint8Array.of(ENVELOPE_VERSION), iv, new Uint8Array(ciphertext));
}

export async function open(key: CryptoKey, context: SealContext, envelope: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  if (envelope.length < 1 + IV_LENGTH + 16) throw new EnvelopeError('malformed');
  const version = envelope[0];
  if (version !== ENVELOPE_VERSION) throw new EnvelopeError('unsupported_version');
  const iv = envelope.slice(1, 1 + IV_LENGTH);
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: aad(context, version) },
      key,
      envelope.slice(1 + IV_LENGTH),
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new EnvelopeError('auth_failed');
  }
}

export const sealJson = (key: CryptoKey, context: SealContext, value: unknown): Promise<Uint8Array<ArrayBuffer>> =>
  seal(key, context, utf8(JSON.stringify(value)));

export async function openJson<T>(key: CryptoKey, context: SealContext, envelope: Uint8Array, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(JSON.parse(fromUtf8(await open(key, context, envelope))));
}
