import { describe, expect, it } from 'vitest';
import { getField, getRegisterType } from '../../../../../shared/domain/register-types';
import type { FieldDef } from '../../../../../shared/domain/field-kinds';
import { isSettled, placeEras, rememberUsed, suggestionsFor, type SuggestionSources } from '../../../../../renderer/features/entry/suggestions';

const ks = getRegisterType('KS');
const field = (key: string): FieldDef => {
  const f = getField(ks, key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};
const empty: SuggestionSources = { eras: placeEras(2008), usedPlaces: [], usedByField: new Map() };
const values = (list: { options: readonly { value: string }[] }) => list.options.map((o) => o.value);

describe('suggestionsFor', () => {
  it('offers the codes an ambiguous prefix could mean, and the whole list for a settled code', () => {
    expect(values(suggestionsFor(field('nksGioiTinh'), 'n', empty))).toEqual(['1', '2']);
    expect(values(suggestionsFor(field('nksGioiTinh'), '2', empty))).toEqual(['1', '2', '3']);
    expect(suggestionsFor(field('nksGioiTinh'), 'n', empty).closed).toBe(true);
  });

  it('suggests Mông for the old name Mèo, ignoring diacritics', () => {
    const list = suggestionsFor(field('nksDanToc'), 'meo', empty);
    expect(list.options[0]).toEqual({ value: 'Mông', label: 'Mông (Mèo)' });
    expect(values(suggestionsFor(field('nksDanToc'), 'nun', empty))).toContain('Nùng');
    expect(suggestionsFor(field('nksDanToc'), 'Kinh', empty).options).toEqual([]);
  });

  it('completes nationalities by name or other name', () => {
    expect(values(suggestionsFor(field('nksQuocTich'), 'viet', empty))).toContain('Việt Nam');
    expect(values(suggestionsFor(field('nksQuocTich'), 'my', empty))).toContain('Hoa Kỳ');
  });

  it('completes places from the administrative units of the era and from the book', () => {
    const list = suggestionsFor(field('nksNoiSinhDVHC'), 'thanh ngoc thanh chuong', empty);
    expect(values(list)).toContain('Xã Thanh Ngọc, Huyện Thanh Chương, Tỉnh Nghệ An');
    expect(list.closed).toBe(false);
    const used = rememberUsed(ks.fields, empty, { meNoiCuTru: 'Xóm 3, xã Thanh Ngọc' });
    expect(values(suggestionsFor(field('chaNoiCuTru'), 'xom 3', used))).toEqual(['Xóm 3, xã Thanh Ngọc']);
  });

  it('offers signers already used in the book', () => {
    const used = rememberUsed(ks.fields, empty, { nguoiKy: 'TRẦN ĐỨC HẢI' });
    expect(values(suggestionsFor(field('nguoiKy'), 'tran', used))).toEqual(['TRẦN ĐỨC HẢI']);
    expect(values(suggestionsFor(field('nksHoTen'), 'tran', used))).toEqual([]);
  });

  it('knows when the typed text is already a value the field takes', () => {
    expect(isSettled(field('nksDanToc'), 'kinh')).toBe(true);
    expect(isSettled(field('nksDanToc'), 'Mèo')).toBe(false);
    expect(isSettled(field('nksGioiTinh'), 'n')).toBe(false);
    expect(isSettled(field('nksHoTen'), 'anything')).toBe(true);
  });
});
