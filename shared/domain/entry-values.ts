/**
 * An entry's keyed values: one text per field key (all cells are text, as in the Ministry
 * files) plus the fields the clerk explicitly marked "không có trong sổ", which is different
 * from not keyed yet. Owns the stored shape and its normalisation; must not validate content.
 */
import { z } from 'zod';
import type { FieldDef, FieldKind, RegisterTypeDef } from './field-kinds';
import { formatPartialDate, parsePartialDate } from './partial-date';
import { lookupEthnicity, lookupNationality, type LookupResult } from './reference';
import { normalizeName, normalizeText } from './text';

export type EntryValues = Readonly<Record<string, string>>;

export const EntryData = z.object({
  values: z.record(z.string(), z.string()),
  notInBook: z.array(z.string()),
});
export type EntryData = z.infer<typeof EntryData>;

export function emptyEntry(type: RegisterTypeDef): EntryData {
  return { values: Object.fromEntries(type.fields.map((f) => [f.key, ''])), notInBook: [] };
}

export function valueOf(values: EntryValues, key: string): string {
  return (values[key] ?? '').trim();
}

/** Lookups resolve only unambiguous respellings; aliases stay for the clerk to choose. */
function respelled(result: LookupResult, text: string): string {
  return result.status === 'respell' ? result.value : text;
}

const NORMALISERS: Record<FieldKind, (s: string) => string> = {
  text: normalizeText,
  place: normalizeText,
  name: normalizeName,
  'date-words': normalizeText,
  code: (s) => s.trim(),
  number: (s) => s.trim(),
  'registration-number': (s) => normalizeText(s).replace(/\s*\/\s*/gu, '/'),
  'id-number': (s) => s.replace(/[\s.]/gu, ''),
  'date-partial': (s) => {
    const parsed = parsePartialDate(s);
    return parsed.ok ? formatPartialDate(parsed.date) : normalizeText(s);
  },
  ethnicity: (s) => respelled(lookupEthnicity(s), normalizeText(s)),
  nationality: (s) => respelled(lookupNationality(s), normalizeText(s)),
};

/**
 * Stored form of one value: NFC, trimmed, names in capitals, dates canonical (27.10.2008).
 * Blank stays empty without a reference lookup: ranking every known name for "" is costly
 * and most cells of a Ministry row are empty.
 */
export function normalizeValue(field: FieldDef, value: string): string {
  return value.trim() === '' ? '' : NORMALISERS[field.kind](value);
}

/** Normalises every known field; unknown keys are kept untouched for the caller to report. */
export function normalizeEntryValues(type: RegisterTypeDef, values: EntryValues): Record<string, string> {
  const out: Record<string, string> = { ...values };
  for (const f of type.fields) {
    const v = values[f.key];
    if (v !== undefined) out[f.key] = normalizeValue(f, v);
  }
  return out;
}
