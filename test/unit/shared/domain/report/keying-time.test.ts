import { describe, expect, it } from 'vitest';
import { keyingMs, MAX_KEYING_GAP_MS } from '../../../../../shared/domain/report/keying-time';

const min = 60_000;

describe('keying time', () => {
  it('adds the gaps between consecutive saves', () => {
    expect(keyingMs([0, 2 * min, 5 * min])).toBe(5 * min);
  });

  it('counts a gap of exactly five minutes and leaves out longer pauses', () => {
    expect(keyingMs([0, MAX_KEYING_GAP_MS])).toBe(5 * min);
    expect(keyingMs([0, MAX_KEYING_GAP_MS + 1])).toBe(0);
    // Two sittings of 4 minutes each around a lunch break.
    expect(keyingMs([0, 2 * min, 4 * min, 90 * min, 92 * min, 94 * min])).toBe(8 * min);
  });

  it('does not care about order and gives nothing for one save or none', () => {
    expect(keyingMs([4 * min, 0, 2 * min])).toBe(4 * min);
    expect(keyingMs([7 * min])).toBe(0);
    expect(keyingMs([])).toBe(0);
  });
});
