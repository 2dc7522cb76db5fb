/**
 * How a register-type definition becomes the form: sections numbered in order of first
 * appearance (the numbers Ctrl+G / Alt+Shift use), the field order Enter follows, and how wide
 * each kind of field is drawn. Pure and derived only from the definition; no per-type layouts.
 */
import { SECTIONS, type FieldDef, type FieldKind, type RegisterTypeDef, type SectionId } from '../../../shared/domain/field-kinds';

export interface FormSection {
  readonly id: SectionId;
  /** 1-based, as shown in the legend and typed after Ctrl+G. */
  readonly number: number;
  readonly label: string;
  readonly labelEn: string;
  readonly fields: readonly FieldDef[];
}

export interface FormLayout {
  readonly sections: readonly FormSection[];
  /** Field keys in the order the form shows them, which is the order Enter moves through. */
  readonly order: readonly string[];
  readonly fields: ReadonlyMap<string, FieldDef>;
}

export function formLayout(def: RegisterTypeDef): FormLayout {
  const bySection = new Map<SectionId, FieldDef[]>();
  for (const f of def.fields) {
    const list = bySection.get(f.section) ?? [];
    list.push(f);
    bySection.set(f.section, list);
  }
  const sections = [...bySection.entries()].map(([id, fields], i) => ({ id, number: i + 1, ...SECTIONS[id], fields }));
  return {
    sections,
    order: sections.flatMap((s) => s.fields.map((f) => f.key)),
    fields: new Map(def.fields.map((f) => [f.key, f])),
  };
}

export type FieldWidth = 'short' | 'wide' | 'full';

/** Columns of a four-column grid: short 1, wide 2, full 4 (coded fields show "1 – label"). */
const WIDTHS: Record<FieldKind, FieldWidth> = {
  'registration-number': 'short',
  number: 'short',
  'date-partial': 'short',
  code: 'wide',
  ethnicity: 'short',
  nationality: 'short',
  'id-number': 'short',
  name: 'wide',
  text: 'wide',
  place: 'full',
  'date-words': 'full',
};

export const fieldWidth = (field: FieldDef): FieldWidth => WIDTHS[field.kind];

/** Whether Enter passes over a field: it only applies once another field is filled, and both are empty. */
function skipped(field: FieldDef | undefined, values: Readonly<Record<string, string>>): boolean {
  if (!field?.appliesWhen) return false;
  return (values[field.appliesWhen] ?? '') === '' && (values[field.key] ?? '') === '';
}

/** The next (or previous) field Enter moves to in form order, or undefined past either end. */
export function neighbour(layout: FormLayout, key: string, step: 1 | -1, values: Readonly<Record<string, string>>): string | undefined {
  let index = layout.order.indexOf(key);
  if (index < 0) return undefined;
  do index += step;
  while (index >= 0 && index < layout.order.length && skipped(layout.fields.get(layout.order[index]!), values));
  return layout.order[index];
}
