/**
 * KeyVault backed by Electron `safeStorage` (DPAPI on Windows, Keychain on macOS, libsecret /
 * kwallet on Linux), using the asynchronous API Electron 45 provides. Where the OS has no real
 * secret store it falls back to the device-file vault and says so through `binding`.
 * Must not keep plaintext beyond the call and must not log anything it seals.
 */
import { safeStorage } from 'electron';
import { HostFailure } from '../host/host-failure';
import type { DeviceBinding, KeyVault } from '../host/ports';
import { openDeviceFileVault } from '../web-host/device-file-vault';

/** Version tag of the sealed format; distinct from the device-file vault's 0x01. */
const FORMAT_SAFE_STORAGE_V1 = 0x02;

export interface ElectronKeyVault {
  vault: KeyVault;
  binding: DeviceBinding;
}

/**
 * SECURITY: on Linux without a keyring Chromium's `basic_text` backend encrypts with a
 * hard-coded password, which is weaker than our own random device key, so that case (and any
 * case where async encryption is unavailable) uses the device-file vault in userData instead.
 * Call after app ready.
 */
export async function openElectronKeyVault(dataDir: string): Promise<ElectronKeyVault> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const weakLinuxBackend = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!available || weakLinuxBackend) {
    return { vault: await openDeviceFileVault(dataDir), binding: 'device-file' };
  }
  return { vault: safeStorageVault(), binding: 'os-keychain' };
}

function safeStorageVault(): KeyVault {
  return {
    async seal(data) {
      // safeStorage seals strings only; base64 keeps arbitrary bytes intact through it.
      const encrypted = await safeStorage.encryptStringAsync(Buffer.from(data).toString('base64'));
      return new Uint8Array(Buffer.concat([Buffer.of(FORMAT_SAFE_STORAGE_V1), encrypted]));
    },
    async unseal(sealed) {
      const bytes = Buffer.from(sealed);
      if (bytes.length < 2 || bytes[0] !== FORMAT_SAFE_STORAGE_V1) {
        throw new HostFailure('vault_unseal_failed', 'sealed data is not from this device vault');
      }
      try {
        const { result } = await safeStorage.decryptStringAsync(bytes.subarray(1));
        return new Uint8Array(Buffer.from(result, 'base64'));
      } catch {
        throw new HostFailure('vault_unseal_failed', 'sealed data was altered or sealed by another account');
      }
    },
  };
}
