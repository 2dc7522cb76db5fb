/**
 * The blind re-key form's state without React: one dependent-verification state per field
 * (shared/domain/verification), the value each field shows, and what one typed value does to
 * it. Pure; the component renders it and the store recomputes it from the attempts on save.
 */
import type { FieldDef } from '../../../shared/domain/field-kinds';
import { needsRekey, rekey, startField, type DependentField } from '../../../shared/domain/verification';

export interface RekeyFields {
  states: Readonly<Record<string, DependentField>>;
  /** What each field shows: the settled value, or nothing while it waits to be (re-)keyed. */
  shown: Readonly<Record<string, string>>;
  compare: boolean;
}

/** `original` null: a second keying of a double entry, where nothing is compared while typing. */
export const startRekey = (fields: readonly FieldDef[], original: Readonly<Record<string, string>> | null): RekeyFields => ({
  states: Object.fromEntries(fields.map((f) => [f.key, startField(original?.[f.key] ?? '')])),
  shown: Object.fromEntries(fields.map((f) => [f.key, ''])),
  compare: original !== null,
});

export type RekeyStep = 'settled' | 'mismatch';

/** One value typed into a field that is still open; a settled field keeps its value when compared. */
export function typeValue(current: RekeyFields, field: FieldDef, typed: string): { next: RekeyFields; step: RekeyStep } {
  const state = current.states[field.key];
  if (!state || (current.compare && state.phase === 'settled')) return { next: current, step: 'settled' };
  // Without comparison any value settles (and may be corrected): the state machine is fed the value as its own original.
  const after = rekey(field, current.compare ? state : startField(typed), typed);
  const settled = after.phase === 'settled';
  return {
    next: { ...current, states: { ...current.states, [field.key]: after }, shown: { ...current.shown, [field.key]: settled ? after.outcome.value : '' } },
    step: settled ? 'settled' : 'mismatch',
  };
}

export const isMismatched = (current: RekeyFields, key: string): boolean => {
  const state = current.states[key];
  return state !== undefined && needsRekey(state);
};

/** Fields still open, in the order given. */
export const openFields = (current: RekeyFields, order: readonly string[]): string[] => order.filter((key) => current.states[key]?.phase === 'open');

export const attemptsOf = (current: RekeyFields): Record<string, string[]> =>
  Object.fromEntries(Object.entries(current.states).map(([key, state]) => [key, [...state.attempts]]));

/** A second keying's values: each field's settled value. */
export const valuesOf = (current: RekeyFields): Record<string, string> =>
  Object.fromEntries(Object.entries(current.states).flatMap(([key, state]) => (state.phase === 'settled' ? [[key, state.outcome.value]] : [])));
