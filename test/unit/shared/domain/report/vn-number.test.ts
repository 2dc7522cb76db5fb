import { describe, expect, it } from 'vitest';
import { formatVnd, formatVnNumber } from '../../../../../shared/domain/report/vn-number';

describe('Vietnamese numbers', () => {
  it('groups thousands with dots and writes decimals after a comma', () => {
    expect(formatVnNumber(0)).toBe('0');
    expect(formatVnNumber(999)).toBe('999');
    expect(formatVnNumber(1234567)).toBe('1.234.567');
    expect(formatVnNumber(12.5, 1)).toBe('12,5');
    expect(formatVnNumber(12.04, 1)).toBe('12');
    expect(formatVnNumber(1234.567, 2)).toBe('1.234,57');
    expect(formatVnNumber(-4252)).toBe('-4.252');
  });

  it('writes money in đồng, rounded', () => {
    expect(formatVnd(1234567)).toBe('1.234.567 ₫');
    expect(formatVnd(3000)).toBe('3.000 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
  });
});
