/**
 * What a field stores once the clerk leaves it: quick-typed dates expanded (27102008 →
 * 27.10.2008), names in capitals with their diacritics, everything NFC, coded fields reduced to
 * their code. Runs on commit only, never per keystroke, so it cannot fight the input method.
 * Pure; must not judge validity (validation does) nor drop what it cannot read.
 */
import type { FieldDef } from '../../../shared/domain/field-kinds';
import { normalizeValue } from '../../../shared/domain/entry-values';
import { normalizeText } from '../../../shared/domain/text';
import { codeDisplay, matchCode } from './code-match';

/** The stored value for the text typed into a field; unreadable input is kept as typed. */
export function commitText(field: FieldDef, text: string): string {
  if (field.kind === 'code' && field.codeList) {
    const match = matchCode(field.codeList, text);
    return match.status === 'exact' ? match.code : normalizeText(text);
  }
  return normalizeValue(field, text);
}

/** The text an input shows for a stored value. */
export function displayText(field: FieldDef, value: string): string {
  return field.kind === 'code' && field.codeList && value !== '' ? codeDisplay(field.codeList, value) : value;
}
