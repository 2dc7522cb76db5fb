/**
 * Text normalisation: examples plus NFC/NFD, idempotence and đ~d properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, nfc, normalizeName, normalizeText, searchWords } from '../../../../shared/domain/text';

const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const vietnameseText = fc
  .array(fc.constantFrom(...[...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ' ', '  ', '-', '\t']), { maxLength: 30 })
  .map((chars) => chars.join(''));
const anyText = fc.oneof(vietnameseText, fc.string({ unit: 'grapheme' }));
const nfd = (s: string): string => s.normalize('NFD');

describe('text normalisation', () => {
  it('stores NFC, trims and collapses whitespace', () => {
    expect(nfc(nfd('Nguyễn'))).toBe('Nguyễn');
    expect(normalizeText('  Xã  Thanh\tNgọc \n')).toBe('Xã Thanh Ngọc');
  });

  it('writes names in capitals with their diacritics, from decomposed input too', () => {
    expect(normalizeName(nfd(' nguyễn  thị   đào '))).toBe('NGUYỄN THỊ ĐÀO');
    expect(normalizeName('NGUYỄN THỊ ĐÀO')).toBe('NGUYỄN THỊ ĐÀO');
  });

  it('folds diacritics, đ and case away and splits on anything but letters and digits', () => {
    expect(foldForSearch('Nguyễn-Thị  ĐÀO, 1978')).toBe('nguyen thi dao 1978');
    expect(foldForSearch('Đặng')).toBe(foldForSearch('dang'));
  });

  it('gives word sets that ignore word order and repeats', () => {
    expect(searchWords('VĂN AN NGUYỄN an')).toEqual(['an', 'nguyen', 'van']);
    expect(searchWords('Nguyễn Văn An')).toEqual(searchWords('an van nguyen'));
    expect(searchWords('  ')).toEqual([]);
  });

  it('treats NFC and NFD input alike (property)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeText(nfd(s))).toBe(normalizeText(s));
        expect(normalizeName(nfd(s))).toBe(normalizeName(s));
        expect(foldForSearch(nfd(s))).toBe(foldForSearch(s));
        expect(searchWords(nfd(s))).toEqual(searchWords(s));
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
        expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
        expect(foldForSearch(foldForSearch(s))).toBe(foldForSearch(s));
      }),
    );
  });

  it('matches đ with d and ignores case and tone marks (property)', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(foldForSearch(s.replace(/đ/gu, 'd').replace(/Đ/gu, 'D'))).toBe(foldForSearch(s));
        expect(foldForSearch(s.toUpperCase())).toBe(foldForSearch(s));
        expect(foldForSearch(s)).toMatch(/^[a-z0-9 ]*$/u);
      }),
    );
  });
});
