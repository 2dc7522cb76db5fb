import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerTypes } from '../../../../../shared/domain/register-types';
import { needsRekey, rekey, startField, tally, type DependentField } from '../../../../../shared/domain/verification';

const field = (key: string) => {
  const f = registerTypes.KS.fields.find((d) => d.key === key);
  if (!f) throw new Error(key);
  return f;
};
const NAME = field('nksHoTen');
const DATE = field('nksNgaySinh');

const run = (original: string, typed: readonly string[], f = NAME): DependentField =>
  typed.reduce((state, value) => rekey(f, state, value), startField(original));

describe('dependent verification of one field', () => {
  it.each([
    // name, original, typed, settled value or null while open, keyer errors, verifier errors
    ['match at once', 'NGUYỄN VĂN AN', ['NGUYỄN VĂN AN'], 'NGUYỄN VĂN AN', 0, 0],
    ['match after normalisation (case, spaces, decomposed)', 'NGUYỄN VĂN AN', [' nguye\u0302\u0303n  văn an '], 'NGUYỄN VĂN AN', 0, 0],
    ['mismatch clears and waits', 'NGUYỄN VĂN AN', ['NGUYỄN VĂN ÂN'], null, 0, 0],
    ['same new value twice: keyer error', 'NGUYỄN VĂN AN', ['NGUYỄN VĂN ÂN', 'NGUYỄN VĂN ÂN'], 'NGUYỄN VĂN ÂN', 1, 0],
    ['back to the original: verifier error', 'NGUYỄN VĂN AN', ['NGUYỄN VĂN ÂN', 'NGUYỄN VĂN AN'], 'NGUYỄN VĂN AN', 0, 1],
    ['third different value: mismatch again', 'NGUYỄN VĂN AN', ['NGUYỄN VĂN ÂN', 'NGUYỄN VĂN ẤN'], null, 0, 0],
    ['third value then confirmed: keyer error and one verifier error', 'A', ['B', 'C', 'C'], 'C', 1, 1],
    ['two wrong tries then the original: two verifier errors', 'A', ['B', 'C', 'A'], 'A', 0, 2],
    ['an earlier attempt confirmed later', 'A', ['B', 'C', 'B'], 'B', 1, 1],
    ['typed after settling changes nothing', 'A', ['A', 'B'], 'A', 0, 0],
    ['empty original, empty re-key', '', [''], '', 0, 0],
    ['empty original, value twice: keyer missed it', '', ['B', 'B'], 'B', 1, 0],
  ])('%s', (_name, original, typed, value, keyerErrors, verifierErrors) => {
    const state = run(original, typed);
    if (value === null) {
      expect(state.phase).toBe('open');
      expect(needsRekey(state)).toBe(true);
      return;
    }
    expect(state).toMatchObject({ phase: 'settled', outcome: { value, keyerErrors, verifierErrors } });
  });

  it('compares dates in their canonical form', () => {
    expect(run('27.10.2008', ['27/10/2008'], DATE)).toMatchObject({ phase: 'settled', outcome: { value: '27.10.2008', keyerErrors: 0 } });
    expect(run('27.10.2008', ['28/10/2008', '28.10.2008'], DATE)).toMatchObject({ outcome: { value: '28.10.2008', keyerErrors: 1 } });
  });

  it('a fresh field is not waiting for a re-key', () => {
    expect(needsRekey(startField('A'))).toBe(false);
  });

  it('re-keying the original value never yields an error', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const state = run(value, [value]);
        expect(state).toMatchObject({ phase: 'settled', outcome: { keyerErrors: 0, verifierErrors: 0, attempts: 1 } });
      }),
    );
  });

  it('a settled field charges at most one keyer error and fewer verifier errors than attempts', () => {
    fc.assert(
      fc.property(fc.constantFrom('A', 'B', 'C', 'D'), fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 8 }), (original, typed) => {
        const state = run(original, typed);
        if (state.phase === 'open') return;
        const { keyerErrors, verifierErrors, attempts } = state.outcome;
        expect(verifierErrors).toBeLessThan(attempts);
        expect(keyerErrors === 1).toBe(state.outcome.value !== original);
      }),
    );
  });
});

describe('tally', () => {
  it('sums errors and counts fields with any', () => {
    const outcomes = [run('A', ['A']), run('A', ['B', 'B']), run('A', ['B', 'A']), run('A', ['B', 'C', 'C'])].flatMap((s) =>
      s.phase === 'settled' ? [s.outcome] : [],
    );
    expect(tally(outcomes)).toEqual({ fields: 4, keyerErrors: 2, verifierErrors: 2, fieldsWithErrors: 3 });
  });
});
