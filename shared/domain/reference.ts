/**
 * Lookups in the national reference lists: ethnicities (official, Ministry and old names),
 * nationalities (Việt Nam and the country list of the personal-ID table) and the structure of
 * the 12-digit personal ID. Matching is diacritic-, case- and hyphen-insensitive; the lists
 * themselves are data in shared/data and must not be edited here.
 */
import ethnicityData from '../data/ethnicities.json';
import countryData from '../data/identity/ddcn-country-codes.json';
import provinceData from '../data/identity/ddcn-province-codes.json';
import type { Sex } from './field-kinds';
import { foldForSearch, normalizeText } from './text';

/**
 * 'valid': already the spelling to store; 'respell': the same name written differently
 * (case, hyphens, diacritics) — `value` is the spelling to store; 'alias': an old or other name
 * of one or more entries, the clerk chooses; 'unknown': nothing matched, nearest names offered.
 */
export type LookupResult =
  | { readonly status: 'valid'; readonly value: string }
  | { readonly status: 'respell'; readonly value: string }
  | { readonly status: 'alias'; readonly suggestions: readonly string[] }
  | { readonly status: 'unknown'; readonly suggestions: readonly string[] };

/** Spaces and hyphens vary freely in these names ("Khơ-me", "Khơ Me", "RaGlay"). */
const matchKey = (s: string): string => foldForSearch(s).replace(/ /gu, '');

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

interface Entry {
  /** Spelling to store. */
  readonly value: string;
  /** Other spellings of the same name. */
  readonly spellings: readonly string[];
  /** Other names that point to this entry. */
  readonly aliases: readonly string[];
}

/** One matcher over a reference list: canonical spellings win over aliases. */
function makeLookup(entries: readonly Entry[]): (input: string) => LookupResult {
  const canonical = new Map<string, string>();
  const aliases = new Map<string, string[]>();
  for (const e of entries) {
    for (const s of [e.value, ...e.spellings]) canonical.set(matchKey(s), e.value);
  }
  for (const e of entries) {
    for (const a of e.aliases) {
      const key = matchKey(a);
      if (canonical.has(key)) continue;
      const list = aliases.get(key) ?? [];
      if (!list.includes(e.value)) list.push(e.value);
      aliases.set(key, list);
    }
  }
  const values = new Set(entries.map((e) => e.value));

  return (input: string): LookupResult => {
    const text = normalizeText(input);
    if (values.has(text)) return { status: 'valid', value: text };
    const key = matchKey(text);
    const respelled = canonical.get(key);
    if (respelled !== undefined) return { status: 'respell', value: respelled };
    const aliased = aliases.get(key);
    if (aliased) return { status: 'alias', suggestions: aliased };
    const limit = Math.max(2, Math.floor(key.length / 3));
    const ranked = [...canonical.entries()]
      .map(([k, value]) => ({ value, distance: k.startsWith(key) && key.length >= 2 ? 0 : levenshtein(key, k) }))
      .filter((r) => r.distance <= limit)
      .sort((a, b) => a.distance - b.distance);
    return { status: 'unknown', suggestions: [...new Set(ranked.map((r) => r.value))].slice(0, 3) };
  };
}

export interface Ethnicity {
  readonly code: string;
  /** GSO spelling. */
  readonly name: string;
  /** Spelling the Ministry import expects; what the app stores. */
  readonly mojName: string;
  readonly otherNames: readonly string[];
}

export const ETHNICITIES: readonly Ethnicity[] = ethnicityData.ethnicities.map((e) => ({
  code: e.code,
  name: e.name,
  mojName: e.mojName,
  otherNames: e.otherNames,
}));

/** Values of the Ministry's ethnicity list besides the 54 groups (ethnicities.json _meta). */
export const EXTRA_ETHNICITY_VALUES: readonly string[] = ['Người nước ngoài', 'Khác'];

export const lookupEthnicity = makeLookup([
  ...ETHNICITIES.map((e) => ({ value: e.mojName, spellings: [e.name], aliases: e.otherNames })),
  ...EXTRA_ETHNICITY_VALUES.map((value) => ({ value, spellings: [], aliases: [] })),
]);

export function ethnicityByName(name: string): Ethnicity | undefined {
  const result = lookupEthnicity(name);
  const value = result.status === 'valid' || result.status === 'respell' ? result.value : undefined;
  return ETHNICITIES.find((e) => e.mojName === value);
}

export interface Nationality {
  /** Name to store ("Hoa Kỳ"). */
  readonly name: string;
  /** Other names from the source ("Mỹ"). */
  readonly aliases: readonly string[];
  /** Country code of the personal ID (101–295); none for Việt Nam. */
  readonly idCode?: string;
  /** The entry as the source list writes it, also accepted as a spelling. */
  readonly sourceName?: string;
}

/**
 * The source writes "Hoa Kỳ (Mỹ)", "Canada (Ca-na-đa; Gia Nã Đại)", "X/Y": the first name is
 * kept, the rest become aliases; "Cộng hòa X" is also known as "X".
 */
function parseCountryName(raw: string): { name: string; aliases: string[] } {
  const inParentheses = [...raw.matchAll(/\(([^)]*)\)/gu)].flatMap((m) => (m[1] ?? '').split(/[;,]/u));
  const [name = raw, ...slashNames] = raw
    .replace(/\([^)]*\)/gu, '')
    .split('/')
    .map((s) => normalizeText(s));
  const republic = /^Cộng hòa (.+)$/u.exec(name);
  const aliases = [...inParentheses, ...slashNames, ...(republic?.[1] ? [republic[1]] : [])]
    .map((s) => normalizeText(s))
    .filter((s) => s !== '');
  return { name, aliases };
}

export const VIET_NAM = 'Việt Nam';

export const NATIONALITIES: readonly Nationality[] = [
  { name: VIET_NAM, aliases: ['Việt', 'VN'] },
  ...countryData.countries.map((c) => ({ ...parseCountryName(c.name), idCode: c.code, sourceName: c.name })),
];

export const lookupNationality = makeLookup(
  NATIONALITIES.map((n) => ({ value: n.name, spellings: n.sourceName ? [n.sourceName] : [], aliases: n.aliases })),
);

export interface IdPrefixPlace {
  readonly kind: 'province' | 'country';
  readonly code: string;
  readonly name: string;
}

const ID_PREFIXES = new Map<string, IdPrefixPlace>([
  ...provinceData.provinces.map((p): [string, IdPrefixPlace] => [p.code, { kind: 'province', code: p.code, name: p.name }]),
  ...countryData.countries.map((c): [string, IdPrefixPlace] => [
    c.code,
    { kind: 'country', code: c.code, name: parseCountryName(c.name).name },
  ]),
]);

/** Province (001–096) or country (101–295) where the birth behind a personal ID was registered. */
export function idPrefixPlace(prefix: string): IdPrefixPlace | undefined {
  return ID_PREFIXES.get(prefix);
}

export type PersonalIdDecoding =
  | { readonly ok: false }
  | {
      readonly ok: true;
      readonly place: IdPrefixPlace | undefined;
      readonly sex: Sex;
      readonly birthYear: number;
    };

const CENTURY_DIGITS = new Map<string, { century: number; sex: Sex }>(
  Object.entries(provinceData.centuryGenderDigit).map(([digit, v]) => [
    digit,
    { century: Number(v.years.slice(0, 4)), sex: v.gender === 'Nam' ? 'male' : 'female' },
  ]),
);

/**
 * Reads PPP G YY NNNNNN. There is no check digit, so only the shape is certain; the place may
 * be an unknown code and still be a real number issued under rules we do not have.
 */
export function decodePersonalId(id: string): PersonalIdDecoding {
  if (!/^\d{12}$/u.test(id)) return { ok: false };
  const century = CENTURY_DIGITS.get(id.charAt(3));
  if (!century) return { ok: false };
  return {
    ok: true,
    place: idPrefixPlace(id.slice(0, 3)),
    sex: century.sex,
    birthYear: century.century + Number(id.slice(4, 6)),
  };
}
