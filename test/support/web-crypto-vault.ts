/**
 * A real AES-256-GCM device vault for tests and benchmarks (Node and browser alike): the
 * host-side sealing layer without a host. Its key is random per vault and never leaves it.
 */
import type { DeviceVault } from '../../renderer/store/app-store-api';

export async function webCryptoVault(): Promise<DeviceVault> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return {
    async seal(data) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const body = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data));
      const out = new Uint8Array(12 + body.length);
      out.set(iv);
      out.set(body, 12);
      return out;
    },
    async unseal(sealed) {
      return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.slice(0, 12) }, key, sealed.slice(12)));
    },
  };
}
