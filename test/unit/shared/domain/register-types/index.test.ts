/**
 * Register-type definitions: Ministry column order pinned to the templates, internal consistency.
 */
import { describe, expect, it } from 'vitest';
import templates from '../../../../../shared/data/hotich-import-templates.json';
import { FIELD_KINDS, SECTIONS } from '../../../../../shared/domain/field-kinds';
import {
  excelColumns,
  getField,
  getRegisterType,
  layoutIds,
  RegisterTypeCode,
  registerTypes,
} from '../../../../../shared/domain/register-types';

const MINISTRY = ['KS', 'KT', 'KH', 'HN', 'CMC'] as const;
const ALL = RegisterTypeCode.options;

describe('register types', () => {
  it.each(MINISTRY)('%s columns equal the Ministry template exactly', (code) => {
    expect(excelColumns(code)).toEqual(templates.templates[code].columns);
  });

  it('keeps the older 60-column KS layout', () => {
    expect(layoutIds('KS')).toEqual(['default', 'older']);
    expect(excelColumns('KS', 'older')).toEqual(templates.templates.KS.olderColumns);
    expect(() => excelColumns('KT', 'older')).toThrow(RangeError);
  });

  it('keeps STT as a column but not as a keyed field', () => {
    expect(excelColumns('KS')[0]).toBe('STT');
    expect(getField(getRegisterType('KS'), 'STT')).toBeUndefined();
  });

  it('gives project types an STT column and their fields', () => {
    for (const code of ['TD', 'GH', 'NCN', 'GCKH', 'GCLH'] as const) {
      const type = getRegisterType(code);
      expect(type.ministryTemplate).toBe(false);
      expect(excelColumns(code)).toEqual(['STT', ...type.fields.map((f) => f.key)]);
    }
  });

  it.each(ALL)('%s definition is consistent', (code) => {
    const type = registerTypes[code];
    expect(type.code).toBe(code);
    const keys = type.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const has = (key: string) => keys.includes(key);
    for (const key of ['so', 'quyenSo', 'trangSo', 'ngayDangKy', 'nguoiKy', 'chucVuNguoiKy', 'nguoiThucHien', 'ghiChu']) {
      expect(has(key), key).toBe(true);
    }
    for (const f of type.fields) {
      expect(FIELD_KINDS).toContain(f.kind);
      expect(SECTIONS[f.section]).toBeDefined();
      expect(f.label.length, f.key).toBeGreaterThan(0);
      expect(f.labelEn.length, f.key).toBeGreaterThan(0);
      expect(f.help.length, f.key).toBeGreaterThan(0);
      expect(f.kind === 'code', f.key).toBe(f.codeList !== undefined);
      if (f.codeList) expect(Object.keys(f.codeList.codes).length, f.key).toBeGreaterThan(0);
      if (f.kind === 'date-words') expect(getField(type, f.wordsFrom ?? '')?.kind).toBe('date-partial');
      if (f.requiredUnless) expect(has(f.requiredUnless.key), f.key).toBe(true);
    }
    for (const rule of type.dateOrder) {
      expect(getField(type, rule.before)?.kind, rule.before).toBe('date-partial');
      expect(getField(type, rule.after)?.kind, rule.after).toBe('date-partial');
    }
    for (const key of type.marriageDateKeys) expect(getField(type, key)?.kind).toBe('date-partial');
    for (const p of type.people) {
      for (const key of [p.nameKey, p.birthKey, p.personalIdKey, p.paperTypeKey, p.paperNumberKey]) {
        if (key !== undefined) expect(has(key), key).toBe(true);
      }
      if (p.sex !== undefined && typeof p.sex !== 'string') expect(has(p.sex.key)).toBe(true);
    }
    const prefixes = type.people.map((p) => p.prefix);
    expect(prefixes).toContain(type.duplicateKey.person);
    for (const r of type.duplicateKey.related) expect(prefixes).toContain(r);
    expect(type.fields.find((f) => f.key === 'so')?.search).toBe('so');
  });

  it('marks the core set of DOMAIN.md §2', () => {
    const core = (code: RegisterTypeCode) => registerTypes[code].fields.filter((f) => f.required === 'core').map((f) => f.key);
    expect(core('KS')).toEqual([
      'so', 'quyenSo', 'trangSo', 'ngayDangKy', 'loaiDangKy',
      'nksHoTen', 'nksGioiTinh', 'nksNgaySinh', 'nksDanToc', 'nksQuocTich',
      'meHoTen', 'meNgaySinh', 'meDanToc', 'meQuocTich', 'meLoaiCuTru',
      'chaHoTen', 'chaNgaySinh', 'chaDanToc', 'chaQuocTich', 'chaLoaiCuTru',
    ]);
    expect(core('KH')).toContain('voLoaiCuTru');
    expect(core('KT')).toContain('nktNgayChet');
  });

  it('carries book constants forward and feeds search', () => {
    const ks = getRegisterType('KS');
    const constants = ks.fields.filter((f) => f.bookConstant).map((f) => f.key);
    expect(constants).toEqual(['quyenSo', 'trangSo', 'noiDangKy', 'nguoiKy', 'chucVuNguoiKy', 'nguoiThucHien']);
    expect(getField(ks, 'nksHoTen')?.search).toBe('name');
    expect(getField(ks, 'nksNgaySinh')?.search).toBe('birthYear');
    expect(getField(ks, 'nksSoDinhDanh')?.search).toBe('id');
    expect(getField(ks, 'nksNgaySinhBangChu')?.wordsFrom).toBe('nksNgaySinh');
    expect(getField(getRegisterType('KT'), 'nktNgayChetGhiBangChu')?.wordsFrom).toBe('nktNgayChet');
  });

  it('takes code lists from the templates file', () => {
    expect(getField(getRegisterType('KS'), 'loaiDangKy')?.codeList?.codes).toEqual({
      '1': 'Đăng kí đúng hạn',
      '2': 'Đăng kí lại',
      '3': 'Ghi vào sổ việc khai sinh đã đăng ký ở CQ có thẩm quyền nước ngoài',
      '4': 'Đăng kí quá hạn',
      '5': 'Cấp bản chính giấy khai sinh',
      '6': 'Không xác định',
    });
    expect(Object.keys(getField(getRegisterType('KH'), 'tinhTrangKetHon')?.codeList?.codes ?? {})).toEqual(['1', '2', '3', '4']);
  });

  it('parses register-type codes', () => {
    expect(RegisterTypeCode.parse('GCLH')).toBe('GCLH');
    expect(RegisterTypeCode.safeParse('XX').success).toBe(false);
  });
});
