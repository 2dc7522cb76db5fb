import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../../../shared/crypto/bytes';
import { ENVELOPE_VERSION, EnvelopeError, open, seal } from '../../../../shared/crypto/envelope';

const key = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const context = { table: 'entries', recordId: 'r1', schemaVersion: 1, keyId: 'k1k1k1k1' };

describe('envelope', () => {
  it('round-trips and never contains the plaintext', async () => {
    const k = await key();
    const sealed = await seal(k, context, utf8('NGUYỄN THỊ LAN'));
    expect(sealed[0]).toBe(ENVELOPE_VERSION);
    expect(Buffer.from(sealed).includes(Buffer.from('NGUYỄN'))).toBe(false);
    expect(fromUtf8(await open(k, context, sealed))).toBe('NGUYỄN THỊ LAN');
  });

  it('uses a fresh IV for every seal', async () => {
    const k = await key();
    const a = await seal(k, context, utf8('x'));
    const b = await seal(k, context, utf8('x'));
    expect(Buffer.from(a.subarray(1, 13)).equals(Buffer.from(b.subarray(1, 13)))).toBe(false);
  });

  it.each([
    ['table', { ...context, table: 'users' }],
    ['record id', { ...context, recordId: 'r2' }],
    ['schema version', { ...context, schemaVersion: 2 }],
    ['key id', { ...context, keyId: 'k2k2k2k2' }],
  ])('refuses a ciphertext moved to another %s', async (_name, other) => {
    const k = await key();
    const sealed = await seal(k, context, utf8('x'));
    await expect(open(k, other, sealed)).rejects.toEqual(new EnvelopeError('auth_failed'));
  });

  it('detects a flipped bit, an unknown version and a truncated envelope', async () => {
    const k = await key();
    const sealed = await seal(k, context, utf8('hello'));
    const flipped = sealed.slice();
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    await expect(open(k, context, flipped)).rejects.toMatchObject({ code: 'auth_failed' });
    const future = sealed.slice();
    future[0] = 9;
    await expect(open(k, context, future)).rejects.toMatchObject({ code: 'unsupported_version' });
    await expect(open(k, context, sealed.subarray(0, 10))).rejects.toMatchObject({ code: 'malformed' });
  });

  it('refuses the wrong key', async () => {
    const sealed = await seal(await key(), context, utf8('x'));
    await expect(open(await key(), context, sealed)).rejects.toMatchObject({ code: 'auth_failed' });
  });
});
