/**
 * Partial dates: parsing, quick typing, calendar checks, comparison; round-trip properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageRange,
  comparePartialDates,
  daysInMonth,
  expandQuickDate,
  formatPartialDate,
  parsePartialDate,
  type PartialDate,
} from '../../../../shared/domain/partial-date';
import { TODAY } from './samples';

const ok = (text: string): PartialDate => {
  const parsed = parsePartialDate(text, TODAY);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return parsed.date;
};
const problem = (text: string) => {
  const parsed = parsePartialDate(text, TODAY);
  return parsed.ok ? 'ok' : parsed.problem;
};

/** Any valid partial date between 1800 and today's year - 1. */
const partialDate = fc
  .record({ year: fc.integer({ min: 1800, max: TODAY.year - 1 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), precision: fc.constantFrom('day', 'month', 'year') })
  .map(({ year, month, day, precision }): PartialDate => {
    if (precision === 'year') return { year };
    if (precision === 'month') return { year, month };
    return { year, month, day: Math.min(day, daysInMonth(year, month)) };
  });

describe('partial dates', () => {
  it('parses the three precisions and the accepted separators', () => {
    expect(ok('27.10.2008')).toEqual({ year: 2008, month: 10, day: 27 });
    expect(ok('27/10/2008')).toEqual({ year: 2008, month: 10, day: 27 });
    expect(ok('7/3/2008')).toEqual({ year: 2008, month: 3, day: 7 });
    expect(ok('27-10-2008')).toEqual({ year: 2008, month: 10, day: 27 });
    expect(ok('10.2008')).toEqual({ year: 2008, month: 10 });
    expect(ok('1978')).toEqual({ year: 1978 });
  });

  it('expands quick typing', () => {
    expect(expandQuickDate('27102008')).toBe('27.10.2008');
    expect(expandQuickDate('102008')).toBe('10.2008');
    expect(expandQuickDate('1978')).toBe('1978');
    expect(ok('27102008')).toEqual({ year: 2008, month: 10, day: 27 });
  });

  it('refuses impossible, malformed, too early and future dates', () => {
    expect(problem('31.02.2008')).toBe('day');
    expect(problem('29.02.2007')).toBe('day');
    expect(problem('29.02.2008')).toBe('ok');
    expect(problem('15.13.2008')).toBe('month');
    expect(problem('13.2008')).toBe('month');
    expect(problem('27.10/2008')).toBe('format');
    expect(problem('abc')).toBe('format');
    expect(problem('5005')).toBe('future');
    expect(problem('23.11.2026')).toBe('future');
    expect(problem('22.11.2026')).toBe('ok');
    expect(problem('1799')).toBe('too-early');
    expect(problem('  ')).toBe('empty');
  });

  it('formats canonically', () => {
    expect(formatPartialDate({ year: 2008, month: 3, day: 7 })).toBe('07.03.2008');
    expect(formatPartialDate({ year: 2008, month: 3 })).toBe('03.2008');
    expect(formatPartialDate({ year: 2008 })).toBe('2008');
  });

  it('compares with partial precision', () => {
    const d = (s: string) => ok(s);
    expect(comparePartialDates(d('01.01.2008'), d('02.01.2008'))).toBe('before');
    expect(comparePartialDates(d('2009'), d('31.12.2008'))).toBe('after');
    expect(comparePartialDates(d('27.10.2008'), d('27.10.2008'))).toBe('same');
    expect(comparePartialDates(d('2008'), d('10.2008'))).toBe('uncertain');
    expect(comparePartialDates(d('2008'), d('2008'))).toBe('uncertain');
  });

  it('gives the possible age range', () => {
    expect(ageRange(ok('15.06.1990'), ok('14.06.2010'))).toEqual({ min: 19, max: 19 });
    expect(ageRange(ok('15.06.1990'), ok('15.06.2010'))).toEqual({ min: 20, max: 20 });
    expect(ageRange(ok('1990'), ok('2010'))).toEqual({ min: 19, max: 20 });
  });

  it('round-trips format and parse (property)', () => {
    fc.assert(
      fc.property(partialDate, (date) => {
        expect(ok(formatPartialDate(date))).toEqual(date);
      }),
    );
  });

  it('reads quick-typed digits as the canonical text (property)', () => {
    fc.assert(
      fc.property(partialDate, (date) => {
        const canonical = formatPartialDate(date);
        const typed = canonical.replace(/\./gu, '');
        expect(expandQuickDate(typed)).toBe(canonical);
        expect(ok(typed)).toEqual(date);
      }),
    );
  });

  it('compares antisymmetrically (property)', () => {
    const flip = { before: 'after', after: 'before', same: 'same', uncertain: 'uncertain' } as const;
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        expect(comparePartialDates(b, a)).toBe(flip[comparePartialDates(a, b)]);
      }),
    );
  });
});
