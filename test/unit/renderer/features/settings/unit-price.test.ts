import { describe, expect, it } from 'vitest';
import { parseUnitPrice } from '../../../../../renderer/features/settings/unit-price';

describe('unit price', () => {
  it('reads whole đồng, with or without thousands dots or spaces', () => {
    expect(parseUnitPrice('3000')).toBe(3000);
    expect(parseUnitPrice(' 3.500 ')).toBe(3500);
    expect(parseUnitPrice('1 000 000')).toBe(1_000_000);
    expect(parseUnitPrice('0')).toBe(0);
  });

  it('refuses decimals, signs, words and prices above the bound', () => {
    for (const text of ['', '3,5', '-3000', 'ba nghìn', '1.000.001', '99999999']) expect(parseUnitPrice(text)).toBeNull();
  });
});
