import { describe, expect, it } from 'vitest';
import { phraseForChoice, registeringBodyPhrase, unitInPhrase } from '../../../../../renderer/features/books/registering-body';
import { unitsOf } from '../../../../../renderer/features/setup/admin-units';

describe('registering-body phrase', () => {
  it('lower-cases every unit-type word inside the phrase', () => {
    expect(unitInPhrase('Thành phố Hà Nội')).toBe('thành phố Hà Nội');
    expect(unitInPhrase('Quận Ba Đình')).toBe('quận Ba Đình');
    expect(unitInPhrase('Huyện Đạ Tẻh')).toBe('huyện Đạ Tẻh');
    expect(unitInPhrase('Phường Phúc Xá')).toBe('phường Phúc Xá');
    expect(unitInPhrase('Thị trấn Đông Anh')).toBe('thị trấn Đông Anh');
    expect(unitInPhrase('Thị xã Kinh Môn')).toBe('thị xã Kinh Môn');
    expect(unitInPhrase('Đặc khu Vân Đồn')).toBe('đặc khu Vân Đồn');
    expect(unitInPhrase('Tỉnh Hải Dương')).toBe('tỉnh Hải Dương');
    expect(unitInPhrase('Xã Lạc Long')).toBe('xã Lạc Long');
  });

  it('leaves names without a known type word alone and normalises spacing and composition', () => {
    expect(unitInPhrase('Côn Đảo')).toBe('Côn Đảo');
    expect(unitInPhrase('  Xã   An Nhơn '.normalize('NFD'))).toBe('xã An Nhơn');
  });

  it('names the body first, then its district and province', () => {
    expect(registeringBodyPhrase(['Tỉnh Hải Dương', 'Thị xã Kinh Môn', 'Xã Lạc Long'])).toBe('UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương');
    expect(registeringBodyPhrase(['Thành phố Hà Nội', 'Quận Ba Đình'])).toBe('UBND quận Ba Đình, thành phố Hà Nội');
    expect(registeringBodyPhrase(['Tỉnh Quảng Ninh'])).toBe('UBND tỉnh Quảng Ninh');
    expect(registeringBodyPhrase([])).toBe('');
  });

  it('builds the phrase from codes in the era before 1 July 2025 at each level', () => {
    const province = unitsOf('before-2025-07-01').find((p) => p.name === 'Tỉnh Hải Dương');
    const district = province?.children.find((d) => d.name === 'Thị xã Kinh Môn');
    const commune = district?.children.find((c) => c.name === 'Xã Lạc Long');
    if (!province || !district || !commune) throw new Error('fixture data missing');
    const codes = [province.code, district.code, commune.code];
    expect(phraseForChoice('before-2025-07-01', codes, 'commune')).toBe('UBND xã Lạc Long, thị xã Kinh Môn, tỉnh Hải Dương');
    expect(phraseForChoice('before-2025-07-01', codes, 'district')).toBe('UBND thị xã Kinh Môn, tỉnh Hải Dương');
    expect(phraseForChoice('before-2025-07-01', codes, 'province')).toBe('UBND tỉnh Hải Dương');
    expect(phraseForChoice('before-2025-07-01', codes.slice(0, 2), 'commune')).toBeNull();
  });

  it('builds two-level phrases from 1 July 2025, special zones included, and has no district level', () => {
    const province = unitsOf('from-2025-07-01').find((p) => p.name === 'Tỉnh Quảng Ninh');
    const zone = province?.children.find((c) => c.name === 'Đặc khu Vân Đồn');
    if (!province || !zone) throw new Error('fixture data missing');
    expect(phraseForChoice('from-2025-07-01', [province.code, zone.code], 'commune')).toBe('UBND đặc khu Vân Đồn, tỉnh Quảng Ninh');
    expect(phraseForChoice('from-2025-07-01', [province.code], 'province')).toBe('UBND tỉnh Quảng Ninh');
    expect(phraseForChoice('from-2025-07-01', [province.code, zone.code], 'district')).toBeNull();
  });
});
