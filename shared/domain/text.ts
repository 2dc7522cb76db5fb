/**
 * Text normalisation for everything clerks type or import: composed (NFC) storage, display
 * forms of names, and the folded form used for diacritic- and case-insensitive search and
 * matching. Pure string functions; must not know about register types or fields.
 */

/** Unikey and pasted text arrive composed or decomposed; everything is stored NFC. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

export function normalizeText(s: string): string {
  return nfc(s).trim().replace(/\s+/gu, ' ');
}

/** Books write names in capitals with full diacritics; that is the stored form. */
export function normalizeName(s: string): string {
  return nfc(normalizeText(s).toUpperCase());
}

/**
 * Folded form for matching: no diacritics (đ ~ d), lower case, anything but letters and digits
 * becomes a space. Digits are kept so that ID numbers and years can be searched the same way.
 */
export function foldForSearch(s: string): string {
  return nfc(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word set of the folded form, so "VĂN AN NGUYỄN" finds "Nguyễn Văn An". */
export function searchWords(s: string): string[] {
  const folded = foldForSearch(s);
  if (folded === '') return [];
  return [...new Set(folded.split(' '))].sort();
}
