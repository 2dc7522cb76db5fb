/**
 * Which fields of an entry name its main person and give their birth date, read from the
 * register-type definition (the first `search: 'name'` field, and the first date field of the
 * same section), so result lists need no per-type list of their own.
 */
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { registerTypes, RegisterTypeCode } from '../../../shared/domain/register-types/index';

export interface MainPersonKeys {
  nameKey: string | null;
  birthKey: string | null;
}

export function mainPersonKeys(def: Pick<RegisterTypeDef, 'fields'>): MainPersonKeys {
  const name = def.fields.find((f) => f.search === 'name');
  if (!name) return { nameKey: null, birthKey: null };
  const birth = def.fields.find((f) => f.section === name.section && f.kind === 'date-partial');
  return { nameKey: name.key, birthKey: birth?.key ?? null };
}

const byType = new Map<string, MainPersonKeys>(
  RegisterTypeCode.options.map((code) => [code, mainPersonKeys(registerTypes[code])]),
);

export interface MainPerson {
  name: string;
  birth: string;
}

/** The main person of an entry of type `type`; empty strings when the type or values lack them. */
export function mainPersonOf(type: string, values: Readonly<Record<string, string>>): MainPerson {
  const keys = byType.get(type);
  const read = (key: string | null | undefined) => (key ? (values[key] ?? '') : '');
  return { name: read(keys?.nameKey), birth: read(keys?.birthKey) };
}
