/**
 * What a field's suggestion list offers for the text typed so far, one mechanism for every
 * kind: code labels, ethnicities (with old names such as "Mèo" pointing to Mông), nationalities,
 * administrative units of the book's era, and values already used in this book (registering
 * bodies, signers, addresses). Matching is diacritic- and case-insensitive on word starts.
 * Pure; the book-used values come from the caller's session memory and are never stored here.
 */
import type { FieldDef } from '../../../shared/domain/field-kinds';
import { ETHNICITIES, EXTRA_ETHNICITY_VALUES, lookupEthnicity, lookupNationality, NATIONALITIES } from '../../../shared/domain/reference';
import { foldForSearch } from '../../../shared/domain/text';
import type { Era } from '../../store/types';
import { unitsOf } from '../setup/admin-units';
import { codeDisplay, codeOptions, matchCode } from './code-match';

export interface Suggestion {
  /** What the field stores when this is picked. */
  readonly value: string;
  readonly label: string;
}

export interface SuggestionList {
  readonly options: readonly Suggestion[];
  /**
   * The field only takes values from a list (codes, ethnicities, nationalities): the first
   * option is active at once, so Enter picks it. Free-text fields wait for an arrow key.
   */
  readonly closed: boolean;
}

export const NO_SUGGESTIONS: SuggestionList = { options: [], closed: false };

const LIMIT = 8;

interface Candidate extends Suggestion {
  readonly words: readonly (readonly string[])[];
}

const wordsOf = (s: string): string[] => foldForSearch(s).split(' ').filter((w) => w !== '');

/** Every typed word must start a word of the candidate, in the same order. */
function wordsMatch(typed: readonly string[], words: readonly string[]): boolean {
  let at = 0;
  for (const q of typed) {
    while (at < words.length && !(words[at] ?? '').startsWith(q)) at++;
    if (at >= words.length) return false;
    at++;
  }
  return true;
}

function search(candidates: readonly Candidate[], text: string): Suggestion[] {
  const typed = wordsOf(text);
  if (typed.length === 0) return [];
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.value) || !c.words.some((w) => wordsMatch(typed, w))) continue;
    seen.add(c.value);
    out.push({ value: c.value, label: c.label });
    if (out.length >= LIMIT) break;
  }
  return out;
}

const plain = (value: string): Candidate => ({ value, label: value, words: [wordsOf(value)] });

/** A reference entry found by its own name or by one of its other names, shown with the latter. */
function withAliases(value: string, spellings: readonly string[], aliases: readonly string[]): Candidate[] {
  return [
    { value, label: value, words: [value, ...spellings].map(wordsOf) },
    ...aliases.map((alias) => ({ value, label: `${value} (${alias})`, words: [wordsOf(alias)] })),
  ];
}

const ETHNICITY_CANDIDATES: readonly Candidate[] = [
  ...ETHNICITIES.flatMap((e) => withAliases(e.mojName, [e.name], e.otherNames)),
  ...EXTRA_ETHNICITY_VALUES.map(plain),
];

const NATIONALITY_CANDIDATES: readonly Candidate[] = NATIONALITIES.flatMap((n) =>
  withAliases(n.name, n.sourceName ? [n.sourceName] : [], n.aliases),
);

const placeCache = new Map<Era, readonly Candidate[]>();

/** "Xã …, Huyện …, Tỉnh …" for every commune, district and province of an era, as the data spells them. */
export function placeCandidates(era: Era): readonly Candidate[] {
  const cached = placeCache.get(era);
  if (cached) return cached;
  const byDepth: string[][] = [];
  const walk = (nodes: ReturnType<typeof unitsOf>, suffix: string, depth: number) => {
    for (const node of nodes) {
      const full = `${node.name}${suffix}`;
      (byDepth[depth] ??= []).push(full);
      walk(node.children, `, ${full}`, depth + 1);
    }
  };
  walk(unitsOf(era), '', 0);
  // Communes first: they are what addresses in a commune's books mostly name.
  const list = byDepth.reverse().flat().map(plain);
  placeCache.set(era, list);
  return list;
}

/** Books kept before the July 2025 reform name the old units; a book reaching 2025 may name either. */
export const placeEras = (yearTo: number): readonly Era[] =>
  yearTo >= 2025 ? ['before-2025-07-01', 'from-2025-07-01'] : ['before-2025-07-01'];

export interface SuggestionSources {
  readonly eras: readonly Era[];
  /** Values of place fields already used in this book. */
  readonly usedPlaces: readonly string[];
  /** Values already used in this book, per field key (signers, positions…). */
  readonly usedByField: ReadonlyMap<string, readonly string[]>;
}

/** True when the text already is a value the field takes, so Enter commits instead of picking. */
export function isSettled(field: FieldDef, text: string): boolean {
  if (text.trim() === '') return true;
  if (field.kind === 'code' && field.codeList) return matchCode(field.codeList, text).status === 'exact';
  if (field.kind === 'ethnicity' || field.kind === 'nationality') {
    const status = (field.kind === 'ethnicity' ? lookupEthnicity : lookupNationality)(text).status;
    return status === 'valid' || status === 'respell';
  }
  return true;
}

/** Fields that only take values from their list (codes, ethnicities, nationalities). */
export const closedList = (field: FieldDef): boolean =>
  (field.kind === 'code' && field.codeList !== undefined) || field.kind === 'ethnicity' || field.kind === 'nationality';

/** Whether a field has a suggestion list at all (it then is an ARIA combobox). */
export function hasSuggestions(field: FieldDef): boolean {
  return (
    closedList(field) ||
    field.kind === 'place' ||
    field.bookConstant === true ||
    (field.suggestions?.length ?? 0) > 0
  );
}

export function suggestionsFor(field: FieldDef, text: string, sources: SuggestionSources): SuggestionList {
  if (field.kind === 'code' && field.codeList) {
    const list = field.codeList;
    const match = matchCode(list, text);
    // A settled or empty code shows the whole (short) list, with the current code highlighted.
    const options = match.status === 'ambiguous' ? match.options : match.status === 'none' && text.trim() !== '' ? [] : codeOptions(list);
    return { options: options.map((o) => ({ value: o.code, label: codeDisplay(list, o.code) })), closed: true };
  }
  if (field.kind === 'ethnicity' || field.kind === 'nationality') {
    if (isSettled(field, text)) return { options: [], closed: true };
    return { options: search(field.kind === 'ethnicity' ? ETHNICITY_CANDIDATES : NATIONALITY_CANDIDATES, text), closed: true };
  }
  const own = [...(sources.usedByField.get(field.key) ?? []), ...(field.suggestions ?? [])].map(plain);
  const pool = field.kind === 'place' ? [...own, ...sources.usedPlaces.map(plain), ...sources.eras.flatMap(placeCandidates)] : own;
  if (pool.length === 0 || foldForSearch(text).length < 2) return NO_SUGGESTIONS;
  const typed = text.trim().normalize('NFC');
  return { options: search(pool, text).filter((o) => o.value !== typed), closed: false };
}

/** Session memory of values used in a book, folded in from every entry the screen opens or saves. */
export function rememberUsed(
  fields: readonly FieldDef[],
  sources: SuggestionSources,
  values: Readonly<Record<string, string>>,
): SuggestionSources {
  const usedPlaces = new Set(sources.usedPlaces);
  const usedByField = new Map(sources.usedByField);
  for (const f of fields) {
    const value = values[f.key];
    if (!value) continue;
    if (f.kind === 'place') usedPlaces.add(value);
    if (f.bookConstant || f.kind === 'place') {
      const list = usedByField.get(f.key) ?? [];
      if (!list.includes(value)) usedByField.set(f.key, [value, ...list]);
    }
  }
  return { ...sources, usedPlaces: [...usedPlaces], usedByField };
}
