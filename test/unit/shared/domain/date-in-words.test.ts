/**
 * Dates in Vietnamese words as on certificates, and tolerant comparison.
 */
import { describe, expect, it } from 'vitest';
import { dateInWords, dateWordsMatch, monthInWords, numberInWords } from '../../../../shared/domain/date-in-words';

describe('dates in words', () => {
  it('writes the birth-certificate example', () => {
    expect(dateInWords({ year: 2008, month: 10, day: 27 })).toBe('Ngày hai mươi bảy tháng mười năm hai nghìn không trăm lẻ tám');
  });

  it('writes partial dates', () => {
    expect(dateInWords({ year: 2008, month: 10 })).toBe('Tháng mười năm hai nghìn không trăm lẻ tám');
    expect(dateInWords({ year: 1978 })).toBe('Năm một nghìn chín trăm bảy mươi tám');
  });

  it('uses mốt, lăm, tư and lẻ where the reading calls for them', () => {
    expect(numberInWords(21)).toBe('hai mươi mốt');
    expect(numberInWords(11)).toBe('mười một');
    expect(numberInWords(15)).toBe('mười lăm');
    expect(numberInWords(25)).toBe('hai mươi lăm');
    expect(numberInWords(5)).toBe('năm');
    expect(numberInWords(24)).toBe('hai mươi tư');
    expect(numberInWords(14)).toBe('mười bốn');
    expect(numberInWords(10)).toBe('mười');
    expect(numberInWords(2000)).toBe('hai nghìn');
    expect(numberInWords(2010)).toBe('hai nghìn không trăm mười');
    expect(numberInWords(1905)).toBe('một nghìn chín trăm lẻ năm');
    expect(numberInWords(1800)).toBe('một nghìn tám trăm');
    expect(() => numberInWords(10000)).toThrow(RangeError);
  });

  it('names months one to twelve, with the usual "tư"', () => {
    expect(monthInWords(1)).toBe('một');
    expect(monthInWords(4)).toBe('tư');
    expect(monthInWords(12)).toBe('mười hai');
    expect(dateInWords({ year: 2001, month: 1, day: 1 })).toBe('Ngày một tháng một năm hai nghìn không trăm lẻ một');
  });

  it('accepts regional spellings of the same date and rejects another date', () => {
    const d = { year: 2008, month: 4, day: 15 };
    expect(dateWordsMatch('ngày mười lăm tháng tư năm hai ngàn không trăm linh tám', d)).toBe(true);
    expect(dateWordsMatch('Ngày mười năm tháng bốn năm hai nghìn không trăm lẻ tám', d)).toBe(true);
    expect(dateWordsMatch('Ngày mười sáu tháng tư năm hai nghìn không trăm lẻ tám', d)).toBe(false);
  });
});
