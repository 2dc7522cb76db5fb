import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_VERIFICATION, randomStart, selectedForVerification, VerificationPolicy, verifiedFields } from '../../../../../shared/domain/verification';

const nth = (n: number, seed: number): VerificationPolicy => ({ ...NO_VERIFICATION, mode: 'nth', n, seed });

describe('selectedForVerification', () => {
  it.each([
    ['none', { ...NO_VERIFICATION }, [1, 2, 3, 100], []],
    ['all', { ...NO_VERIFICATION, mode: 'all' as const }, [1, 2, 3], [1, 2, 3]],
    ['every 3rd from 1', nth(3, 0), [1, 2, 3, 4, 5, 6, 7], [1, 4, 7]],
    ['every 3rd from 2', nth(3, 1), [1, 2, 3, 4, 5, 6, 7], [2, 5]],
    ['every 3rd from 3', nth(3, 5), [1, 2, 3, 4, 5, 6, 7], [3, 6]],
    ['every 10th, seed past n', nth(10, 4_000_000_007), Array.from({ length: 30 }, (_, i) => i + 1), [8, 18, 28]],
  ])('%s', (_name, policy, sequences, expected) => {
    expect(sequences.filter((s) => selectedForVerification(policy, s))).toEqual(expected);
  });

  it('an nth policy selects exactly one entry of any n consecutive ones, the first within 1..n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 0, max: 0xffff_ffff }), fc.integer({ min: 1, max: 5000 }), (n, seed, from) => {
        const policy = nth(n, seed);
        const start = randomStart(policy);
        expect(start).toBeGreaterThanOrEqual(1);
        expect(start).toBeLessThanOrEqual(n);
        const window = Array.from({ length: n }, (_, i) => from + i);
        const chosen = window.filter((s) => selectedForVerification(policy, s));
        expect(chosen).toHaveLength(1);
      }),
    );
  });

  it('parses only sane policies', () => {
    expect(VerificationPolicy.safeParse({ ...NO_VERIFICATION, n: 1 }).success).toBe(false);
    expect(VerificationPolicy.safeParse({ ...NO_VERIFICATION, fields: [] }).success).toBe(false);
    expect(VerificationPolicy.safeParse({ ...NO_VERIFICATION, seed: -1 }).success).toBe(false);
    expect(VerificationPolicy.parse({ ...NO_VERIFICATION, fields: ['so'] })).toMatchObject({ fields: ['so'] });
  });
});

describe('verifiedFields', () => {
  it('keeps the definition order and drops unknown keys', () => {
    expect(verifiedFields({ ...NO_VERIFICATION, fields: ['c', 'x', 'a'] }, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(verifiedFields(NO_VERIFICATION, ['a', 'b'])).toEqual(['a', 'b']);
  });
});
