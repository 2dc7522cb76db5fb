/**
 * The register types the app knows, by code, and their Excel column lists. Everything that
 * needs a type's fields (form, validation, Excel, search, batch schema) starts here; callers
 * must not keep their own field lists.
 */
import { z } from 'zod';
import type { FieldDef, RegisterTypeDef } from '../field-kinds';
import { cmc } from './cmc';
import { gckh } from './gckh';
import { gclh } from './gclh';
import { gh } from './gh';
import { hn } from './hn';
import { kh } from './kh';
import { ks } from './ks';
import { kt } from './kt';
import { ncn } from './ncn';
import { td } from './td';

export const RegisterTypeCode = z.enum(['KS', 'KT', 'KH', 'HN', 'CMC', 'TD', 'GH', 'NCN', 'GCKH', 'GCLH']);
export type RegisterTypeCode = z.infer<typeof RegisterTypeCode>;

export const registerTypes: Readonly<Record<RegisterTypeCode, RegisterTypeDef>> = {
  KS: ks,
  KT: kt,
  KH: kh,
  HN: hn,
  CMC: cmc,
  TD: td,
  GH: gh,
  NCN: ncn,
  GCKH: gckh,
  GCLH: gclh,
};

export function getRegisterType(code: RegisterTypeCode): RegisterTypeDef {
  return registerTypes[code];
}

export function getField(type: RegisterTypeDef, key: string): FieldDef | undefined {
  return type.fields.find((f) => f.key === key);
}

/** Layout ids a type offers; 'default' is the current Ministry (or project) layout. */
export function layoutIds(code: RegisterTypeCode): string[] {
  return Object.keys(registerTypes[code].layouts);
}

/**
 * Header row of the type's Excel file in the given layout: the row counter if the layout has
 * one, then every field the layout does not omit, in definition order.
 */
export function excelColumns(code: RegisterTypeCode, layout = 'default'): string[] {
  const type = registerTypes[code];
  const chosen = type.layouts[layout];
  if (!chosen) throw new RangeError(`register type ${code} has no Excel layout "${layout}"`);
  const omitted = new Set(chosen.omit ?? []);
  const keys = type.fields.map((f) => f.key).filter((key) => !omitted.has(key));
  return chosen.rowCounter ? [chosen.rowCounter, ...keys] : keys;
}
