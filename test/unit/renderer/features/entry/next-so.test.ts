import { describe, expect, it } from 'vitest';
import { nextSo } from '../../../../../renderer/features/entry/next-so';

describe('nextSo', () => {
  it('adds one, keeping the zero padding and the year', () => {
    expect(nextSo('01/2008')).toBe('02/2008');
    expect(nextSo('9')).toBe('10');
    expect(nextSo('099/2008')).toBe('100/2008');
    expect(nextSo('12/2008')).toBe('13/2008');
    expect(nextSo('01/')).toBe('02/');
    expect(nextSo(' 7 ')).toBe('8');
  });

  it('suggests nothing when the previous number is not a plain number', () => {
    expect(nextSo('')).toBe('');
    expect(nextSo('12a/2008')).toBe('');
    expect(nextSo('không rõ')).toBe('');
  });
});
