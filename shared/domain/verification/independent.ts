/**
 * Independent double entry: two clerks key the same entry blind; the fields where their
 * keyings differ (after normalisation) go to arbitration, where the justice officer picks A,
 * B or types the value from the scan. Pure: the diff and applying the officer's choices.
 */
import type { FieldDef } from '../field-kinds';
import { normalizeValue, type EntryValues } from '../entry-values';
import { sameValue } from './same-value';

export interface FieldDifference {
  key: string;
  a: string;
  b: string;
}

export function doubleEntryDiff(fields: readonly FieldDef[], a: EntryValues, b: EntryValues): FieldDifference[] {
  return fields.flatMap((f) => {
    const va = a[f.key] ?? '';
    const vb = b[f.key] ?? '';
    return sameValue(f, va, vb) ? [] : [{ key: f.key, a: normalizeValue(f, va), b: normalizeValue(f, vb) }];
  });
}

export type ArbitrationChoice = { pick: 'a' } | { pick: 'b' } | { pick: 'typed'; value: string };

export interface ArbitrationResult {
  /** Keying A with every difference resolved: the values the entry keeps. */
  values: Record<string, string>;
  /** Per differing field, whose value won; `typed` when neither keying was right. */
  decided: Record<string, ArbitrationChoice['pick']>;
}

/** Every difference must have a choice; a field the officer did not decide is an error, not a silent A. */
export function arbitrate(
  fields: readonly FieldDef[],
  a: EntryValues,
  differences: readonly FieldDifference[],
  choices: Readonly<Record<string, ArbitrationChoice>>,
): ArbitrationResult | { missing: string[] } {
  const missing = differences.filter((d) => !choices[d.key]).map((d) => d.key);
  if (missing.length > 0) return { missing };
  const values: Record<string, string> = { ...a };
  const decided: Record<string, ArbitrationChoice['pick']> = {};
  for (const d of differences) {
    const choice = choices[d.key];
    const field = fields.find((f) => f.key === d.key);
    if (!choice || !field) continue;
    const raw = choice.pick === 'a' ? d.a : choice.pick === 'b' ? d.b : choice.value;
    values[d.key] = normalizeValue(field, raw);
    // A typed value that equals one keying is that keying's win: the error counts follow the value, not the keystroke.
    decided[d.key] = choice.pick !== 'typed' ? choice.pick : sameValue(field, raw, d.a) ? 'a' : sameValue(field, raw, d.b) ? 'b' : 'typed';
  }
  return { values, decided };
}

/** Errors charged to each keying: the loser of each decided field, both when the officer typed a third value. */
export function arbitrationErrors(decided: Readonly<Record<string, ArbitrationChoice['pick']>>): { a: number; b: number } {
  const picks = Object.values(decided);
  return { a: picks.filter((p) => p !== 'a').length, b: picks.filter((p) => p !== 'b').length };
}
