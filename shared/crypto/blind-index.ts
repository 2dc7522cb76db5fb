/**
 * Blind-index tokens: keyed HMAC-SHA-256 (separate search key) of normalised words, truncated
 * to 64 bits, so rows can be found by name, ID number, birth year or register number without
 * any plaintext index. Normalisation (NFC/NFD, case, diacritics, đ→d, word order) lives in
 * shared/domain/text; this module only keys and truncates.
 */
import { toHex, utf8 } from './bytes';
import { searchWords } from '../domain/text';

export type TokenScope = 'name' | 'id' | 'year' | 'so' | 'duplicate' | 'identity';

const TOKEN_BYTES = 8;
const CACHE_LIMIT = 200_000;

/**
 * Names repeat a small vocabulary (Nguyễn, Thị, Văn…), so tokens are memoised per search key
 * and a cached word costs no WebCrypto round trip at all.
 * SECURITY: the cache lives only as long as the CryptoKey object: a lock drops the key and,
 * with this WeakMap, every cached word.
 */
const caches = new WeakMap<CryptoKey, Map<string, string>>();

function cacheFor(searchKey: CryptoKey): Map<string, string> {
  let cache = caches.get(searchKey);
  if (!cache || cache.size >= CACHE_LIMIT) {
    cache = new Map();
    caches.set(searchKey, cache);
  }
  return cache;
}

async function tokens(searchKey: CryptoKey, scope: TokenScope, words: readonly string[]): Promise<string[]> {
  const cache = cacheFor(searchKey);
  const inputs = words.map((word) => `${scope}\u0000${word}`);
  const missing = inputs.filter((input) => !cache.has(input));
  const macs = await Promise.all(missing.map((input) => crypto.subtle.sign('HMAC', searchKey, utf8(input))));
  missing.forEach((input, i) => cache.set(input, toHex(new Uint8Array(macs[i]!, 0, TOKEN_BYTES))));
  return inputs.map((input) => cache.get(input)!);
}

/** Exact tokens for already-normalised values (IDs, years, register numbers). */
export function valueTokens(searchKey: CryptoKey, scope: TokenScope, values: readonly string[]): Promise<string[]> {
  return tokens(searchKey, scope, [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))]);
}

/** Shorter prefixes match too many rows to narrow a search; one-letter words still count whole. */
export const MIN_PREFIX = 2;

/**
 * A name is indexed by its words (so "hoa my" finds "NGUYỄN MỸ HOA" in any order) and, for the
 * people an entry is about, by every prefix of two letters or more ("nguy"), so a clerk can
 * type part of a word. Parents' and requesters' names get whole words only: each token is an
 * index entry to write, and they are searched far less.
 */
export function nameTokens(searchKey: CryptoKey, text: string, options: { prefixes: boolean }): Promise<string[]> {
  const words = new Set<string>();
  for (const word of searchWords(text)) {
    words.add(word);
    if (options.prefixes) for (let n = MIN_PREFIX; n < word.length; n++) words.add(word.slice(0, n));
  }
  return valueTokens(searchKey, 'name', [...words]);
}

/** Every query word must match a whole word or a prefix; a row matches when it holds every token. */
export const queryNameTokens = (searchKey: CryptoKey, query: string): Promise<string[]> =>
  valueTokens(searchKey, 'name', searchWords(query));
