/**
 * Key slots: the team's random keyring (admin, audit, data and search keys) is stored only
 * wrapped, once per user password and once for the recovery code. A slot carries the
 * citizen-data and search keys only when its owner's roles allow citizen data, so a
 * technician-only slot cannot decrypt entries even with a patched UI.
 * Pure WebCrypto; the raw keyring exists only transiently in the caller's hands.
 */
import { z } from 'zod';
import { fromBase64, fromUtf8, randomBytes, toBase64, toHex, utf8, wipe } from './bytes';
import { deriveSlotKey, KdfParams, newKdfParams } from './kdf';

export const SLOT_VERSION = 1;
const KEY_BYTES = 32;

export const SlotKind = z.enum(['password', 'recovery']);
export type SlotKind = z.infer<typeof SlotKind>;

export const KeySlot = z.object({
  v: z.literal(SLOT_VERSION),
  slotId: z.string().min(8),
  kind: SlotKind,
  userId: z.string().min(1).nullable(),
  kdf: KdfParams,
  iv: z.string(),
  wrapped: z.string(),
});
export type KeySlot = z.infer<typeof KeySlot>;

const RawKey = z.string().refine((s) => fromBase64(s).length === KEY_BYTES, 'key length');
const RawKeyringJson = z.object({
  keyId: z.string().min(8),
  admin: RawKey,
  audit: RawKey,
  data: RawKey.optional(),
  search: RawKey.optional(),
});

/** SECURITY: raw key bytes; callers must `wipeKeyring` as soon as the slot work is done. */
export interface RawKeyring {
  keyId: string;
  admin: Uint8Array<ArrayBuffer>;
  audit: Uint8Array<ArrayBuffer>;
  data?: Uint8Array<ArrayBuffer>;
  search?: Uint8Array<ArrayBuffer>;
}

export class SlotError extends Error {
  constructor(readonly code: 'cannot_open' | 'malformed') {
    super(`key slot: ${code}`);
  }
}

export function generateKeyring(): RawKeyring {
  return {
    keyId: toHex(randomBytes(8)),
    admin: randomBytes(KEY_BYTES),
    audit: randomBytes(KEY_BYTES),
    data: randomBytes(KEY_BYTES),
    search: randomBytes(KEY_BYTES),
  };
}

export function wipeKeyring(keyring: RawKeyring): void {
  for (const key of [keyring.admin, keyring.audit, keyring.data, keyring.search]) if (key) wipe(key);
}

/** SECURITY: the returned bytes hold raw keys; callers wipe them once encrypted. */
function serializeKeyring(keyring: RawKeyring, includeCitizenKeys: boolean): Uint8Array<ArrayBuffer> {
  return utf8(
    JSON.stringify({
      keyId: keyring.keyId,
      admin: toBase64(keyring.admin),
      audit: toBase64(keyring.audit),
      ...(includeCitizenKeys && keyring.data && keyring.search
        ? { data: toBase64(keyring.data), search: toBase64(keyring.search) }
        : {}),
    }),
  );
}

function parseKeyring(plaintext: Uint8Array): RawKeyring {
  const json = RawKeyringJson.safeParse(JSON.parse(fromUtf8(plaintext)));
  if (!json.success) throw new SlotError('malformed');
  const { keyId, admin, audit, data, search } = json.data;
  return {
    keyId,
    admin: fromBase64(admin),
    audit: fromBase64(audit),
    ...(data && search ? { data: fromBase64(data), search: fromBase64(search) } : {}),
  };
}

const slotAad = (slotId: string, kind: SlotKind, userId: string | null) =>
  utf8(JSON.stringify(['sohoa-slot', SLOT_VERSION, slotId, kind, userId]));

export interface CreateSlotInput {
  kind: SlotKind;
  userId: string | null;
  secret: string;
  keyring: RawKeyring;
  /** false for technician-only users: the slot then wraps only the admin and audit keys. */
  includeCitizenKeys: boolean;
  iterations?: number;
}

export async function createSlot(input: CreateSlotInput): Promise<KeySlot> {
  const slotId = toHex(randomBytes(16));
  const kdf = newKdfParams(input.iterations);
  const wrappingKey = await deriveSlotKey(input.secret, kdf);
  const payload = serializeKeyring(input.keyring, input.includeCitizenKeys);
  const iv = randomBytes(12);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: slotAad(slotId, input.kind, input.userId) },
    wrappingKey,
    payload,
  );
  wipe(payload);
  return { v: SLOT_VERSION, slotId, kind: input.kind, userId: input.userId, kdf, iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) };
}

/** Wrong secret and a tampered slot are indistinguishable by design (GCM tag), both `cannot_open`. */
export async function openSlot(candidate: unknown, secret: string): Promise<RawKeyring> {
  const parsed = KeySlot.safeParse(candidate);
  if (!parsed.success) throw new SlotError('malformed');
  const slot = parsed.data;
  const wrappingKey = await deriveSlotKey(secret, slot.kdf);
  let plaintext: Uint8Array<ArrayBuffer>;
  try {
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(slot.iv), additionalData: slotAad(slot.slotId, slot.kind, slot.userId) },
        wrappingKey,
        fromBase64(slot.wrapped),
      ),
    );
  } catch {
    throw new SlotError('cannot_open');
  }
  try {
    return parseKeyring(plaintext);
  } finally {
    wipe(plaintext);
  }
}

/** Non-extractable WebCrypto handles for an unlocked session. */
export interface SessionKeys {
  keyId: string;
  admin: CryptoKey;
  audit: CryptoKey;
  data: CryptoKey | null;
  search: CryptoKey | null;
}

const aesKey = (raw: Uint8Array<ArrayBuffer>) =>
  crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
const hmacKey = (raw: Uint8Array<ArrayBuffer>) =>
  crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);

/** SECURITY: the imported keys are non-extractable; the raw bytes are not kept. */
export async function importSessionKeys(keyring: RawKeyring): Promise<SessionKeys> {
  return {
    keyId: keyring.keyId,
    admin: await aesKey(keyring.admin),
    audit: await hmacKey(keyring.audit),
    data: keyring.data ? await aesKey(keyring.data) : null,
    search: keyring.search ? await hmacKey(keyring.search) : null,
  };
}

/**
 * SECURITY: while unlocked, new slots (new user, password reset) need the raw keyring. It is
 * kept only encrypted under a per-session non-extractable key, decrypted for the moment a
 * slot is written and wiped after, so no raw key bytes sit in the heap between operations.
 */
export class SessionKeyringHolder {
  private constructor(
    private readonly ephemeral: CryptoKey,
    private readonly iv: Uint8Array<ArrayBuffer>,
    private readonly sealed: Uint8Array<ArrayBuffer>,
  ) {}

  static async hold(keyring: RawKeyring): Promise<SessionKeyringHolder> {
    const ephemeral = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = randomBytes(12);
    const payload = serializeKeyring(keyring, true);
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, ephemeral, payload));
    wipe(payload);
    return new SessionKeyringHolder(ephemeral, iv, sealed);
  }

  async use<T>(work: (keyring: RawKeyring) => Promise<T>): Promise<T> {
    const plaintext = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: this.iv }, this.ephemeral, this.sealed));
    const keyring = parseKeyring(plaintext);
    wipe(plaintext);
    try {
      return await work(keyring);
    } finally {
      wipeKeyring(keyring);
    }
  }
}

const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 25 Crockford base-32 characters (125 bits) in groups of five, to be written on paper. */
export function generateRecoveryCode(): string {
  const chars = Array.from(randomBytes(25), (b) => RECOVERY_ALPHABET[b & 31]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** Accepts what a person types back from paper: any case, spaces or dashes, O for 0, I/L for 1. */
export function normalizeRecoveryCode(typed: string): string {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return cleaned.match(/.{1,5}/g)?.join('-') ?? '';
}
