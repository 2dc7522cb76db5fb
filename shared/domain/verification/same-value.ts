/**
 * When two keyings of a field count as the same: after the store's own normalisation (NFC,
 * trimmed, names in capitals, canonical dates), so a verifier is never charged with a
 * difference the stored entry would not show.
 */
import { normalizeValue } from '../entry-values';
import type { FieldDef } from '../field-kinds';

export const sameValue = (field: FieldDef, a: string, b: string): boolean => normalizeValue(field, a) === normalizeValue(field, b);
