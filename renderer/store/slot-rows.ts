/**
 * Key-slot rows: turning a wrapped slot into a stored row (device-bound through the host
 * vault for password slots; the recovery slot stays portable so a backup can be restored on
 * another laptop) and back, and the login tag that finds a user's slot without storing the
 * username. Holds no keys.
 */
import { fromBase64, fromUtf8, toBase64, toHex, utf8 } from '../../shared/crypto/bytes';
import type { KeySlot } from '../../shared/crypto/key-slot';
import type { DeviceVault } from './app-store-api';
import type { SlotRow } from './db';

export const RECOVERY_TAG = 'recovery';

export const normalizeUsername = (username: string): string => username.normalize('NFC').trim().toLowerCase();

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export async function loginTag(installSalt: string, username: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', utf8(`sohoa-login\u0000${installSalt}\u0000${normalizeUsername(username)}`));
  return toHex(new Uint8Array(digest));
}

export async function toSlotRow(slot: KeySlot, loginTagValue: string, vault: DeviceVault, now: number): Promise<SlotRow> {
  const json = utf8(JSON.stringify(slot));
  const deviceBound = slot.kind === 'password';
  return {
    slotId: slot.slotId,
    userId: slot.userId,
    kind: slot.kind,
    loginTag: loginTagValue,
    blob: toBase64(deviceBound ? await vault.seal(json) : json),
    deviceBound,
    createdAt: now,
  };
}

/** Returns the parsed-but-unverified slot; opening it with the secret is what authenticates. */
export async function fromSlotRow(row: SlotRow, vault: DeviceVault): Promise<unknown> {
  const bytes = fromBase64(row.blob);
  return JSON.parse(fromUtf8(row.deviceBound ? await vault.unseal(bytes) : bytes)) as unknown;
}
