/**
 * KeyVault for the web host (and for Electron where the OS offers no real keychain): seals with
 * AES-256-GCM under a random 256-bit device key kept in `<dataDir>/device.key` (mode 0600).
 *
 * SECURITY: this is weaker than OS-keychain binding. Anyone who can read the data directory as
 * this OS user (or a copy of it) can unseal; it only stops a copied browser profile or a
 * backup without the data directory from being opened elsewhere. The key never leaves this
 * module, is never logged, and unseal rejects anything not sealed by this exact key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HostFailure } from '../host/host-failure';
import type { KeyVault } from '../host/ports';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Version tag of the sealed format; also keeps it distinct from safeStorage-sealed bytes. */
const FORMAT_V1 = 0x01;
const AAD = Buffer.from('sohoa.device-file-vault.v1', 'utf8');

export const DEVICE_KEY_FILE = 'device.key';

export async function openDeviceFileVault(dataDir: string): Promise<KeyVault> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const key = await loadOrCreateKey(join(dataDir, DEVICE_KEY_FILE));

  return {
    async seal(data) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(AAD);
      const body = Buffer.concat([cipher.update(data), cipher.final()]);
      return new Uint8Array(Buffer.concat([Buffer.of(FORMAT_V1), iv, body, cipher.getAuthTag()]));
    },
    async unseal(sealed) {
      const bytes = Buffer.from(sealed);
      if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== FORMAT_V1) {
        throw new HostFailure('vault_unseal_failed', 'sealed data is not from this device vault');
      }
      const iv = bytes.subarray(1, 1 + IV_BYTES);
      const tag = bytes.subarray(bytes.length - TAG_BYTES);
      const body = bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(AAD);
        decipher.setAuthTag(tag);
        return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
      } catch {
        throw new HostFailure('vault_unseal_failed', 'sealed data was altered or sealed by another device');
      }
    },
  };
}

/** SECURITY: the key file is created exclusively (no race with a planted file) with mode 0600. */
async function loadOrCreateKey(path: string): Promise<Buffer> {
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      const key = randomBytes(KEY_BYTES);
      await handle.writeFile(key);
      await handle.sync();
      return key;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  }
  const key = await readFile(path);
  if (key.length !== KEY_BYTES) {
    throw new Error(`${path} is not a ${KEY_BYTES}-byte device key; refusing to replace it`);
  }
  // A copy or restore may have loosened the mode; the key must stay private to this OS user.
  await chmod(path, 0o600);
  return key;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
