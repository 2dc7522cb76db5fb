/**
 * Dependent verification of one field (CSPro's rule): the verifier re-keys blind; a value
 * equal to the original settles the field at once; a different one clears the field and it
 * must be re-keyed. A re-keyed value settles the field when it equals the original or any
 * earlier attempt of the verifier; a value equal to neither is a fresh mismatch (cleared
 * again). The settled value is the truth the errors are counted against: the original is a
 * keyer error when it differs from it, and each verifier attempt that differs from it is a
 * verifier error. So "same new value twice" is one keyer error and "back to the original" one
 * verifier error, and nothing is charged twice.
 */
import type { FieldDef } from '../field-kinds';
import { normalizeValue } from '../entry-values';
import { sameValue } from './same-value';

export interface FieldOutcome {
  /** The settled value, normalised. */
  value: string;
  keyerErrors: 0 | 1;
  verifierErrors: number;
  /** How many values the verifier typed. */
  attempts: number;
}

export type DependentField =
  | { phase: 'open'; original: string; attempts: readonly string[] }
  | { phase: 'settled'; original: string; attempts: readonly string[]; outcome: FieldOutcome };

export const startField = (original: string): DependentField => ({ phase: 'open', original, attempts: [] });

/** After a mismatch the field is shown empty and must be keyed again. */
export const needsRekey = (state: DependentField): boolean => state.phase === 'open' && state.attempts.length > 0;

function settle(field: FieldDef, original: string, attempts: readonly string[], truth: string): DependentField {
  const outcome: FieldOutcome = {
    value: normalizeValue(field, truth),
    keyerErrors: sameValue(field, original, truth) ? 0 : 1,
    verifierErrors: attempts.filter((a) => !sameValue(field, a, truth)).length,
    attempts: attempts.length,
  };
  return { phase: 'settled', original, attempts, outcome };
}

/** One value typed by the verifier; a settled field does not change. */
export function rekey(field: FieldDef, state: DependentField, typed: string): DependentField {
  if (state.phase === 'settled') return state;
  const attempts = [...state.attempts, typed];
  if (sameValue(field, typed, state.original)) return settle(field, state.original, attempts, state.original);
  if (state.attempts.some((earlier) => sameValue(field, earlier, typed))) return settle(field, state.original, attempts, typed);
  return { phase: 'open', original: state.original, attempts };
}

export interface VerificationTally {
  fields: number;
  keyerErrors: number;
  verifierErrors: number;
  /** Fields with a keyer or verifier error. */
  fieldsWithErrors: number;
}

export function tally(outcomes: readonly FieldOutcome[]): VerificationTally {
  return {
    fields: outcomes.length,
    keyerErrors: outcomes.reduce((n, o) => n + o.keyerErrors, 0),
    verifierErrors: outcomes.reduce((n, o) => n + o.verifierErrors, 0),
    fieldsWithErrors: outcomes.filter((o) => o.keyerErrors + o.verifierErrors > 0).length,
  };
}
