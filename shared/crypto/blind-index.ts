/**
 * Blind-index tokens: keyed HMAC-SHA-256 (separate search key) of normalised words, truncated
 * to 64 bits, so rows can be found by name, ID number, birth year or register number without
 * any plaintext index. Normalisation (NFC/NFD, case, diacritics, đ→d, word order) lives in
 * shared/domain/text; this module only keys and truncates.
 */
import { toHex, utf8 } from './bytes';
import { searchWords } from '../domain/text';

export type TokenScope = 'name' | 'id' | 'year' | 'so';

const TOKEN_BYTES = 8;

async function token(searchKey: CryptoKey, scope: TokenScope, word: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', searchKey, utf8(`${scope}\u0000${word}`));
  return toHex(new Uint8Array(mac, 0, TOKEN_BYTES));
}

/** Exact tokens for already-normalised values (IDs, years, register numbers). */
export function valueTokens(searchKey: CryptoKey, scope: TokenScope, values: readonly string[]): Promise<string[]> {
  const unique = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  return Promise.all(unique.map((v) => token(searchKey, scope, v)));
}

/**
 * A name is indexed by every prefix of every word (whole word included), so a clerk finds
 * "NGUYỄN MỸ HOA" by typing "nguy hoa", "hoa my" or "ng"; one-letter words ("Y" in Ê Đê
 * names) count.
 */
export function nameTokens(searchKey: CryptoKey, text: string): Promise<string[]> {
  const prefixes = new Set<string>();
  for (const word of searchWords(text)) {
    for (let n = 1; n <= word.length; n++) prefixes.add(word.slice(0, n));
  }
  return valueTokens(searchKey, 'name', [...prefixes]);
}

/** Every query word is matched as a prefix; a row matches when it holds every token. */
export const queryNameTokens = (searchKey: CryptoKey, query: string): Promise<string[]> =>
  valueTokens(searchKey, 'name', searchWords(query));
