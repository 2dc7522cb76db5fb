/**
 * What a new entry of a book starts with: the book constants (quyenSo, noiDangKy, signer, page…)
 * of the previous saved entry, or for the first entry the book number and registering body of
 * the book record, plus the probable next registration number. Pure; must not carry anything
 * that describes a person.
 */
import type { FieldDef, RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { nextSo } from './next-so';

export interface BookFacts {
  readonly quyenSo: string;
  readonly registeringBody: string;
}

const SO_KEY = 'so';
const QUYEN_SO_KEY = 'quyenSo';

/** The registering body is the book's first constant place field (noiDangKy, or noiCap in HN). */
const registeringField = (def: RegisterTypeDef): FieldDef | undefined =>
  def.fields.find((f) => f.bookConstant && f.kind === 'place');

/** Values to pre-fill, keyed by field; fields not listed start empty. */
export function carriedValues(def: RegisterTypeDef, previous: Readonly<Record<string, string>> | null, book: BookFacts): Record<string, string> {
  const out: Record<string, string> = {};
  if (previous) {
    for (const f of def.fields) {
      const value = previous[f.key];
      if (f.bookConstant && value) out[f.key] = value;
    }
    const so = nextSo(previous[SO_KEY] ?? '');
    if (so !== '' && def.fields.some((f) => f.key === SO_KEY)) out[SO_KEY] = so;
    return out;
  }
  if (def.fields.some((f) => f.key === QUYEN_SO_KEY) && book.quyenSo !== '') out[QUYEN_SO_KEY] = book.quyenSo;
  const place = registeringField(def);
  if (place && book.registeringBody !== '') out[place.key] = book.registeringBody;
  return out;
}

/** Where the cursor starts in a new entry: the first field that is not a book constant. */
export function firstOpenField(def: RegisterTypeDef): string | undefined {
  return def.fields.find((f) => !f.bookConstant)?.key;
}
