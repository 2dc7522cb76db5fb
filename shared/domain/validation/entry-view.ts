/**
 * Read access to one entry for the rules: field definitions by key, trimmed values, parsed
 * dates and people's sex. Built once per validation; must not report anything itself.
 */
import type { FieldDef, PersonDef, RegisterTypeDef, Sex } from '../field-kinds';
import { parsePartialDate, type PartialDate } from '../partial-date';
import type { EntryValues } from '../entry-values';
import type { ValidationContext } from './issue';

export interface EntryView {
  readonly type: RegisterTypeDef;
  readonly context: ValidationContext;
  readonly notInBook: ReadonlySet<string>;
  field(key: string): FieldDef | undefined;
  value(key: string): string;
  /** The date in a field, or undefined when empty or unreadable (reported by the field rules). */
  date(key: string | undefined): PartialDate | undefined;
  sexOf(person: PersonDef): Sex | undefined;
}

export function entryView(
  type: RegisterTypeDef,
  values: EntryValues,
  notInBook: readonly string[],
  context: ValidationContext,
): EntryView {
  const byKey = new Map(type.fields.map((f) => [f.key, f]));
  const value = (key: string): string => (values[key] ?? '').trim();
  return {
    type,
    context,
    notInBook: new Set(notInBook),
    field: (key) => byKey.get(key),
    value,
    date: (key) => {
      if (key === undefined) return undefined;
      const parsed = parsePartialDate(value(key), context.today);
      return parsed.ok ? parsed.date : undefined;
    },
    sexOf: (person) => {
      const source = person.sex;
      if (source === undefined || typeof source === 'string') return source;
      return source.map[value(source.key)];
    },
  };
}
