import { describe, expect, it } from 'vitest';
import { nameTokens, queryNameTokens, valueTokens } from '../../../../shared/crypto/blind-index';

const hmacKey = () => crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

describe('blind index', () => {
  it('gives NFC and NFD input the same tokens', async () => {
    const key = await hmacKey();
    const nfc = await nameTokens(key, 'NGUYỄN THỊ ĐÀO'.normalize('NFC'), { prefixes: true });
    const nfd = await nameTokens(key, 'NGUYỄN THỊ ĐÀO'.normalize('NFD'), { prefixes: true });
    expect(nfd.sort()).toEqual(nfc.sort());
  });

  it('matches unaccented, lower-case, đ→d, reordered and partial queries', async () => {
    const key = await hmacKey();
    const row = new Set(await nameTokens(key, 'Nguyễn Thị Đào', { prefixes: true }));
    for (const query of ['nguyen thi dao', 'DAO NGUYEN', 'nguy đà', 'ng th da']) {
      const tokens = await queryNameTokens(key, query);
      expect(tokens.length).toBeGreaterThan(0);
      expect(tokens.every((t) => row.has(t)), query).toBe(true);
    }
    const miss = await queryNameTokens(key, 'tran');
    expect(miss.every((t) => row.has(t))).toBe(false);
  });

  it('indexes whole words only when prefixes are off', async () => {
    const key = await hmacKey();
    const row = new Set(await nameTokens(key, 'Y Moan Niê', { prefixes: false }));
    expect(row.size).toBe(3);
    const [whole] = await queryNameTokens(key, 'moan');
    const [partial] = await queryNameTokens(key, 'mo');
    expect(row.has(whole!)).toBe(true);
    expect(row.has(partial!)).toBe(false);
  });

  it('depends on the search key and the scope, and is not the plaintext', async () => {
    const [a, b] = [await hmacKey(), await hmacKey()];
    const [tokenA] = await valueTokens(a, 'year', ['1978']);
    const [tokenB] = await valueTokens(b, 'year', ['1978']);
    const [otherScope] = await valueTokens(a, 'so', ['1978']);
    expect(tokenA).toMatch(/^[0-9a-f]{16}$/);
    expect(tokenA).not.toBe(tokenB);
    expect(tokenA).not.toBe(otherScope);
  });
});
