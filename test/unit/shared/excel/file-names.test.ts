/**
 * File-name patterns: the two defaults of DOMAIN.md §2, padding, Vietnamese kept, characters
 * Windows forbids removed, and a clear error for a placeholder without a value.
 */
import { describe, expect, it } from 'vitest';
import {
  BOOK_FILE_PATTERN,
  bookFileFields,
  bookFilePatternProblem,
  registeringPlace,
  ENTRY_PDF_PATTERN,
  FileNamePatternError,
  fileName,
  initials,
  isoDate,
  numberAndYear,
} from '../../../../shared/excel';

describe('fileName', () => {
  it('builds the per-entry PDF name of the example', () => {
    const book = numberAndYear('01/2011');
    const entry = numberAndYear('4/2009');
    expect(
      fileName(ENTRY_PDF_PATTERN, {
        type: 'CMC',
        bookYear: book.year,
        bookNo: book.number,
        registrationDate: isoDate('23.02.2009'),
        entryNo: entry.number,
      }),
    ).toBe('CMC.2011.01.2009-02-23.004.pdf');
  });

  it('builds the per-book Excel and zip names, keeping Vietnamese', () => {
    const fields = {
      commune: 'Thanh Ngọc'.normalize('NFD'),
      districtInitials: initials('Thanh Chương'),
      provinceInitials: initials('Nghệ An'),
      type: 'KS',
      year: 2008,
      bookNo: 1,
    };
    expect(fileName(BOOK_FILE_PATTERN, { ...fields, ext: 'xlsx' })).toBe('Thanh Ngọc_TC_NA.KS.2008.01.xlsx');
    expect(fileName(BOOK_FILE_PATTERN, { ...fields, ext: 'zip' })).toBe('Thanh Ngọc_TC_NA.KS.2008.01.zip');
    expect(initials('Đạ Tẻh')).toBe('DT');
  });

  it('removes characters Windows forbids and the separators inside a value', () => {
    expect(fileName('{commune}_{x}.xlsx', { commune: 'Phường 1/2: "A"*?<>|', x: 'a.b_c' })).toBe('Phường 1 2 A_a b c.xlsx');
    expect(fileName('{name}', { name: 'CON' })).toBe('_CON');
    expect(fileName('{name}.', { name: 'a' })).toBe('a');
  });

  it('refuses a placeholder without a value', () => {
    expect(() => fileName(ENTRY_PDF_PATTERN, { type: 'KS' })).toThrow(FileNamePatternError);
    expect(() => fileName('{commune}', { commune: ' / ' })).toThrow(/commune/u);
  });

  it('formats registration dates, partial ones too', () => {
    expect(isoDate('23.02.2009')).toBe('2009-02-23');
    expect(isoDate('23/2/2009')).toBe('2009-02-23');
    expect(isoDate('02.2009')).toBe('2009-02');
    expect(isoDate('2009')).toBe('2009');
    expect(isoDate('khong ro')).toBe('');
  });
});

describe('per-book pattern setting', () => {
  it('accepts the default and refuses what cannot name two distinct files', () => {
    expect(bookFilePatternProblem(BOOK_FILE_PATTERN)).toBeNull();
    expect(bookFilePatternProblem('  ')).toEqual({ code: 'empty' });
    expect(bookFilePatternProblem('{commune}.{huyen}.{ext}')).toEqual({ code: 'unknown-field', field: 'huyen' });
    expect(bookFilePatternProblem('{commune}.{type}.xlsx')).toEqual({ code: 'no-ext' });
    expect(bookFilePatternProblem('{commune}/{type}.{ext}')).toEqual({ code: 'forbidden-character' });
  });

  it('fills the fields from the book: its registering body first, the commune doing the work for what it lacks', () => {
    const base = { registeringBody: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An', commune: 'Xã Ba Đình', district: null, province: 'Thành phố Hà Nội', type: 'KS', yearFrom: 2007 };
    expect(fileName(BOOK_FILE_PATTERN, { ...bookFileFields({ ...base, quyenSo: '01/2008' }), ext: 'json' })).toBe('Thanh Ngọc_TC_NA.KS.2008.01.json');
    expect(bookFileFields({ ...base, quyenSo: '3' })).toMatchObject({ year: 2007, bookNo: '3' });
    expect(bookFileFields({ ...base, registeringBody: '', district: 'Quận Ba Đình', quyenSo: '01/2008' })).toMatchObject({
      commune: 'Ba Đình',
      districtInitials: 'BD',
      provinceInitials: 'HN',
    });
    // From 1 July 2025 a body has no district: the default pattern cannot name its file.
    expect(() => fileName(BOOK_FILE_PATTERN, { ...bookFileFields({ ...base, registeringBody: 'UBND phường Ba Đình, thành phố Hà Nội', quyenSo: '01/2026' }), ext: 'xlsx' })).toThrow(/districtInitials/u);
  });

  it('reads the places of a registering body', () => {
    expect(registeringPlace('UBND xã An Nhơn, huyện Đạ Tẻh, tỉnh Lâm Đồng')).toEqual({ commune: 'An Nhơn', district: 'Đạ Tẻh', province: 'Lâm Đồng' });
    expect(registeringPlace('UBND phường Ba Đình, thành phố Hà Nội')).toEqual({ commune: 'Ba Đình', province: 'Hà Nội' });
    expect(registeringPlace('UBND huyện Thanh Chương, tỉnh Nghệ An')).toEqual({ district: 'Thanh Chương', province: 'Nghệ An' });
  });
});
