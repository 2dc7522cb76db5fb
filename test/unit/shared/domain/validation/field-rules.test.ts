/**
 * Single-field rules for every type and kind: a failing and a passing case each.
 */
import { describe, expect, it } from 'vitest';
import type { FieldDef, FieldKind } from '../../../../../shared/domain/field-kinds';
import { getRegisterType, RegisterTypeCode } from '../../../../../shared/domain/register-types';
import { SAMPLES } from '../samples';
import { check, codesAt } from './helpers';

/** A value each kind must reject, and the issue it must raise. Free-text kinds have none. */
const BAD: Partial<Record<FieldKind, { value: string; code: string }>> = {
  name: { value: 'nguyễn văn an', code: 'name-not-normalized' },
  'date-partial': { value: '31.02.2000', code: 'date-impossible' },
  code: { value: '99', code: 'code-unknown' },
  ethnicity: { value: 'Xyzabc', code: 'reference-unknown' },
  nationality: { value: 'Atlantis', code: 'reference-unknown' },
  'id-number': { value: '12 34!', code: 'format' },
  number: { value: 'mười', code: 'format' },
  'registration-number': { value: 'số mười', code: 'format' },
  'date-words': { value: 'Ngày một tháng một năm một nghìn tám trăm', code: 'date-words-mismatch' },
};

/** A value each kind accepts in any field of that kind. */
const GOOD: Record<FieldKind, (field: FieldDef) => string> = {
  text: () => 'Ghi như trong sổ',
  place: () => 'Xã Thanh Ngọc, Huyện Thanh Chương, Tỉnh Nghệ An',
  name: () => 'NGUYỄN VĂN AN',
  'date-partial': () => '',
  code: (f) => Object.keys(f.codeList?.codes ?? {})[0] ?? '',
  ethnicity: () => 'Kinh',
  nationality: () => 'Việt Nam',
  'id-number': () => '',
  number: () => '12',
  'registration-number': () => '12',
  'date-words': () => '',
};

describe.each(RegisterTypeCode.options)('field rules of %s', (code) => {
  const type = getRegisterType(code);
  const kinds = [...new Set(type.fields.map((f) => f.kind))];

  it.each(kinds)('%s: rejects a bad value and accepts a good one', (kind) => {
    const fields = type.fields.filter((f) => f.kind === kind);
    for (const f of fields) {
      const bad = BAD[kind];
      if (bad) expect(codesAt(check(code, { [f.key]: bad.value }), f.key), f.key).toContain(bad.code);
      const good = GOOD[kind](f);
      if (good !== '') expect(codesAt(check(code, { [f.key]: good }), f.key), f.key).toEqual([]);
    }
  });

  it('requires core fields unless marked "không có trong sổ"', () => {
    const core = type.fields.filter((f) => f.required === 'core' && !f.requiredUnless);
    expect(core.length).toBeGreaterThan(0);
    for (const f of core) {
      expect(codesAt(check(code, { [f.key]: '' }), f.key), f.key).toEqual(['required']);
      expect(codesAt(check(code, { [f.key]: '' }, { notInBook: [f.key] }), f.key), f.key).toEqual([]);
    }
  });

  it('leaves optional fields alone when empty', () => {
    const optional = type.fields.filter((f) => f.required === 'optional');
    const blank = Object.fromEntries(optional.map((f) => [f.key, '']));
    expect(check(code, blank).filter((i) => i.code === 'required')).toEqual([]);
  });

  it('refuses a value in a field marked "không có trong sổ"', () => {
    const key = 'ngayDangKy';
    expect(SAMPLES[code][key]).not.toBe('');
    expect(codesAt(check(code, {}, { notInBook: [key] }), key)).toEqual(['not-in-book-has-value']);
  });
});

describe('field rules, details', () => {
  it('excuses a parent block when the birth type says the parent is unknown', () => {
    const noFather = { chaHoTen: '', chaNgaySinh: '', chaDanToc: '', chaQuocTich: '', chaLoaiCuTru: '' };
    expect(check('KS', noFather).map((i) => i.code)).toEqual(['required', 'required', 'required', 'required', 'required']);
    expect(check('KS', { ...noFather, nksLoaiKhaiSinh: '3' })).toEqual([]);
    expect(codesAt(check('KS', { meHoTen: '', nksLoaiKhaiSinh: '3' }), 'meHoTen')).toEqual(['required']);
    expect(check('NCN', { meNuoiHoTen: '', meNuoiNgaySinh: '', meNuoiDanToc: '', meNuoiQuocTich: '', meNuoiLoaiCuTru: '', nguoiNhanNuoi: '2' })).toEqual([]);
  });

  it('reports each kind of date problem', () => {
    expect(codesAt(check('KS', { nksNgaySinh: '27/10' }), 'nksNgaySinh')).toEqual(['date-format']);
    expect(codesAt(check('KS', { nksNgaySinh: '10.13.2007' }), 'nksNgaySinh')).toEqual(['date-impossible']);
    expect(codesAt(check('KT', { nktNgaySinh: '1700' }), 'nktNgaySinh')).toEqual(['date-too-early']);
    expect(codesAt(check('KT', { nktNgaySinh: '5005' }), 'nktNgaySinh')).toEqual(['date-future']);
    expect(codesAt(check('KS', { nksNgaySinh: '11.2007' }), 'nksNgaySinh')).toEqual([]);
    expect(codesAt(check('KS', { nksNgaySinh: '29/11/2007' }), 'nksNgaySinh')).toEqual([]);
  });

  it('checks registration numbers and their year', () => {
    expect(codesAt(check('KS', { so: '12' }), 'so')).toEqual([]);
    expect(codesAt(check('KS', { so: '01/' }), 'so')).toEqual([]);
    expect(codesAt(check('KS', { quyenSo: '01/3008' }), 'quyenSo')).toEqual(['registration-number-year']);
  });

  it('suggests the listed name for ethnicity and nationality', () => {
    const old = check('KS', { nksDanToc: 'Mèo' }).find((i) => i.path === 'nksDanToc');
    expect(old).toMatchObject({ code: 'reference-alias', severity: 'error', suggestions: ['Mông'] });
    expect(old?.message).toContain('Dân tộc người được khai sinh');
    expect(check('KS', { meDanToc: 'Khơ-me' }).find((i) => i.path === 'meDanToc')).toMatchObject({
      code: 'reference-respell',
      suggestions: ['Khơ Me'],
    });
    expect(check('KH', { voQuocTich: 'Mỹ' }).find((i) => i.path === 'voQuocTich')).toMatchObject({
      code: 'reference-alias',
      suggestions: ['Hoa Kỳ'],
    });
  });

  it('accepts a date in words that matches its date, in regional spelling too', () => {
    expect(check('KS', { nksNgaySinhBangChu: 'Ngày hai mươi chín tháng mười một năm hai nghìn không trăm lẻ bảy' })).toEqual([]);
    expect(check('KS', { nksNgaySinhBangChu: 'ngày hai mươi chín tháng mười một năm hai ngàn không trăm linh bảy' })).toEqual([]);
    expect(check('KT', { nktNgayChetGhiBangChu: 'Ngày năm tháng một năm hai nghìn không trăm lẻ chín' })).toEqual([]);
  });
});
