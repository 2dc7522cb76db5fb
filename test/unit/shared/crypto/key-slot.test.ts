import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../shared/crypto/bytes';
import { open, seal } from '../../../../shared/crypto/envelope';
import {
  createSlot,
  generateKeyring,
  generateRecoveryCode,
  importSessionKeys,
  normalizeRecoveryCode,
  openSlot,
  SessionKeyringHolder,
  SlotError,
} from '../../../../shared/crypto/key-slot';

const context = { table: 'entries', recordId: 'e1', schemaVersion: 1, keyId: 'x' };

describe('key slots', () => {
  it('opens with the right password and yields the same keys', async () => {
    const keyring = generateKeyring();
    const slot = await createSlot({ kind: 'password', userId: 'u1', secret: 'đúng mật khẩu 2026', keyring, includeCitizenKeys: true });
    const opened = await openSlot(JSON.parse(JSON.stringify(slot)), 'đúng mật khẩu 2026');
    expect(opened.keyId).toBe(keyring.keyId);
    expect(Buffer.from(opened.data!).equals(Buffer.from(keyring.data!))).toBe(true);
    const sealed = await seal((await importSessionKeys(keyring)).data!, { ...context, keyId: keyring.keyId }, utf8('x'));
    await expect(open((await importSessionKeys(opened)).data!, { ...context, keyId: keyring.keyId }, sealed)).resolves.toBeDefined();
  });

  it('refuses a wrong password', async () => {
    const slot = await createSlot({ kind: 'password', userId: 'u1', secret: 'đúng mật khẩu 2026', keyring: generateKeyring(), includeCitizenKeys: true });
    await expect(openSlot(slot, 'sai mật khẩu 2026')).rejects.toEqual(new SlotError('cannot_open'));
  });

  it('refuses a tampered slot: ciphertext, owner, kind or weakened KDF', async () => {
    const slot = await createSlot({ kind: 'password', userId: 'u1', secret: 'pw-0123456789', keyring: generateKeyring(), includeCitizenKeys: true });
    const bytes = Buffer.from(slot.wrapped, 'base64');
    bytes[5] = (bytes[5] ?? 0) ^ 0x40;
    await expect(openSlot({ ...slot, wrapped: bytes.toString('base64') }, 'pw-0123456789')).rejects.toMatchObject({ code: 'cannot_open' });
    await expect(openSlot({ ...slot, userId: 'u2' }, 'pw-0123456789')).rejects.toMatchObject({ code: 'cannot_open' });
    await expect(openSlot({ ...slot, kind: 'recovery' }, 'pw-0123456789')).rejects.toMatchObject({ code: 'cannot_open' });
    await expect(openSlot({ ...slot, kdf: { ...slot.kdf, iterations: 1000 } }, 'pw-0123456789')).rejects.toMatchObject({ code: 'malformed' });
    await expect(openSlot({ garbage: true }, 'pw-0123456789')).rejects.toMatchObject({ code: 'malformed' });
  });

  it('gives a technician-only slot no data or search key', async () => {
    const slot = await createSlot({ kind: 'password', userId: 't', secret: 'pw-0123456789', keyring: generateKeyring(), includeCitizenKeys: false });
    const opened = await openSlot(slot, 'pw-0123456789');
    expect(opened.data).toBeUndefined();
    expect(opened.search).toBeUndefined();
    const keys = await importSessionKeys(opened);
    expect(keys.data).toBeNull();
    expect(keys.admin.extractable).toBe(false);
  });

  it('recovers with the code as typed back from paper', async () => {
    const keyring = generateKeyring();
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
    const slot = await createSlot({ kind: 'recovery', userId: null, secret: code, keyring, includeCitizenKeys: true });
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(normalizeRecoveryCode(typed)).toBe(code);
    expect((await openSlot(slot, normalizeRecoveryCode(typed))).keyId).toBe(keyring.keyId);
  });

  it('keeps the session keyring usable for new slots without exposing it between uses', async () => {
    const keyring = generateKeyring();
    const holder = await SessionKeyringHolder.hold(keyring);
    const slot = await holder.use((raw) => createSlot({ kind: 'password', userId: 'u2', secret: 'pw-0123456789', keyring: raw, includeCitizenKeys: true }));
    expect((await openSlot(slot, 'pw-0123456789')).keyId).toBe(keyring.keyId);
    let leaked: Uint8Array | undefined;
    await holder.use(async (raw) => {
      leaked = raw.admin;
    });
    expect(leaked!.every((b) => b === 0)).toBe(true);
  });
});
