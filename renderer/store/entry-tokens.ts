/**
 * Blind-index tokens for an entry, driven by the register-type definition: fields marked
 * `search: name|id|birthYear|so` feed the name, ID, year and register-number indexes. The
 * same function builds query tokens, so what is indexed and what is searched cannot drift.
 */
import { nameTokens, queryNameTokens, valueTokens } from '../../shared/crypto/blind-index';
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import { parsePartialDate } from '../../shared/domain/partial-date';
import { duplicateKey, entryIdentity } from '../../shared/domain/validation';
import { foldForSearch } from '../../shared/domain/text';
import type { EntryQuery } from './types';

const compact = (value: string) => foldForSearch(value).replace(/\s+/g, '');

function birthYear(value: string): string | null {
  const parsed = parsePartialDate(value);
  return parsed.ok ? String(parsed.date.year) : null;
}

/** The people an entry is about: their names are searchable by prefix, not only by whole word. */
const PREFIX_ROLES = new Set(['subject', 'child', 'spouse']);

export async function entryTokens(searchKey: CryptoKey, def: RegisterTypeDef, values: Readonly<Record<string, string>>): Promise<string[]> {
  const prefixNames = new Set(def.people.filter((p) => PREFIX_ROLES.has(p.role)).map((p) => p.nameKey));
  const names: { text: string; prefixes: boolean }[] = [];
  const ids: string[] = [];
  const years: string[] = [];
  const numbers: string[] = [];
  for (const field of def.fields) {
    const value = values[field.key]?.trim();
    if (!value || !field.search) continue;
    if (field.search === 'name') names.push({ text: value, prefixes: prefixNames.has(field.key) });
    else if (field.search === 'id') ids.push(compact(value));
    else if (field.search === 'so') numbers.push(compact(value));
    else {
      const year = birthYear(value);
      if (year) years.push(year);
    }
  }
  const tokens = await Promise.all([
    ...names.map((n) => nameTokens(searchKey, n.text, n)),
    valueTokens(searchKey, 'id', ids),
    valueTokens(searchKey, 'year', years),
    valueTokens(searchKey, 'so', numbers),
    duplicateTokens(searchKey, def, values),
    identityTokens(searchKey, values),
  ]);
  return [...new Set(tokens.flat())];
}

/** The one token shared by entries that probably record the same event (validation's duplicate key). */
export function duplicateTokens(searchKey: CryptoKey, def: RegisterTypeDef, values: Readonly<Record<string, string>>): Promise<string[]> {
  const key = duplicateKey(def, values);
  return key ? valueTokens(searchKey, 'duplicate', [key]) : Promise.resolve([]);
}

/** The token of the entry's identity in its book (number and registration date), for imports that must not add it twice. */
export function identityTokens(searchKey: CryptoKey, values: Readonly<Record<string, string>>): Promise<string[]> {
  const identity = entryIdentity(values);
  return identity ? valueTokens(searchKey, 'identity', [identity]) : Promise.resolve([]);
}

/** Tokens a matching row must all hold; empty when the query has no searchable part. */
export async function queryTokens(searchKey: CryptoKey, query: EntryQuery): Promise<string[]> {
  const parts = await Promise.all([
    query.name ? queryNameTokens(searchKey, query.name) : [],
    query.idNumber ? valueTokens(searchKey, 'id', [compact(query.idNumber)]) : [],
    query.birthYear ? valueTokens(searchKey, 'year', [query.birthYear.trim()]) : [],
    query.so ? valueTokens(searchKey, 'so', [compact(query.so)]) : [],
  ]);
  return parts.flat();
}
