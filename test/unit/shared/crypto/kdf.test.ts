import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../shared/crypto/bytes';
import { deriveSlotKey, KdfParams, newKdfParams, PBKDF2_MIN_ITERATIONS } from '../../../../shared/crypto/kdf';

describe('kdf parameters', () => {
  it('defaults to at least 600,000 PBKDF2-SHA-256 iterations with a 128-bit random salt', () => {
    const params = newKdfParams();
    expect(params.alg).toBe('pbkdf2-sha256');
    expect(params.iterations).toBeGreaterThanOrEqual(600_000);
    expect(Buffer.from(params.salt, 'base64')).toHaveLength(16);
    expect(newKdfParams().salt).not.toBe(params.salt);
  });

  it('refuses stored parameters below the floor (no downgrade through a tampered slot)', async () => {
    const weak = { ...newKdfParams(), iterations: PBKDF2_MIN_ITERATIONS - 1 };
    expect(KdfParams.safeParse(weak).success).toBe(false);
    await expect(deriveSlotKey('mật khẩu dài', weak as KdfParams)).rejects.toThrow();
  });

  it('derives the same key from NFC and NFD forms of a password, a different one from another', async () => {
    const params = newKdfParams();
    const nfc = await deriveSlotKey('Mật khẩu Đà Lạt'.normalize('NFC'), params);
    const nfd = await deriveSlotKey('Mật khẩu Đà Lạt'.normalize('NFD'), params);
    const other = await deriveSlotKey('Mật khẩu Đà Lạc', params);
    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, nfc, utf8('x'));
    await expect(crypto.subtle.decrypt({ name: 'AES-GCM', iv }, nfd, sealed)).resolves.toBeDefined();
    await expect(crypto.subtle.decrypt({ name: 'AES-GCM', iv }, other, sealed)).rejects.toThrow();
    expect(nfc.extractable).toBe(false);
  });
});
