/**
 * Reference lookups: ethnicities, nationalities, personal-ID structure.
 */
import { describe, expect, it } from 'vitest';
import {
  decodePersonalId,
  ETHNICITIES,
  ethnicityByName,
  idPrefixPlace,
  lookupEthnicity,
  lookupNationality,
  NATIONALITIES,
} from '../../../../shared/domain/reference';

describe('ethnicities', () => {
  it('has the 54 groups', () => {
    expect(ETHNICITIES).toHaveLength(54);
  });

  it('accepts the Ministry spelling as is', () => {
    expect(lookupEthnicity('Kinh')).toEqual({ status: 'valid', value: 'Kinh' });
    expect(lookupEthnicity('Khơ Me')).toEqual({ status: 'valid', value: 'Khơ Me' });
    expect(lookupEthnicity('Người nước ngoài').status).toBe('valid');
  });

  it('respells other spellings diacritic-, case- and hyphen-insensitively', () => {
    expect(lookupEthnicity('Khơ-me')).toEqual({ status: 'respell', value: 'Khơ Me' });
    expect(lookupEthnicity('kinh')).toEqual({ status: 'respell', value: 'Kinh' });
    expect(lookupEthnicity('HMông')).toEqual({ status: 'respell', value: 'Mông' });
    expect(lookupEthnicity('ba na'.normalize('NFD'))).toEqual({ status: 'respell', value: 'Ba Na' });
  });

  it('suggests the current name for old names', () => {
    expect(lookupEthnicity('Mèo')).toEqual({ status: 'alias', suggestions: ['Mông'] });
    expect(lookupEthnicity('meo')).toEqual({ status: 'alias', suggestions: ['Mông'] });
    expect(lookupEthnicity('Việt')).toEqual({ status: 'alias', suggestions: ['Kinh'] });
    const man = lookupEthnicity('Mán');
    expect(man.status).toBe('alias');
    if (man.status === 'alias') expect(man.suggestions).toEqual(expect.arrayContaining(['Dao', 'Sán Dìu']));
  });

  it('offers near names for unknown ones', () => {
    const result = lookupEthnicity('Nùn');
    expect(result.status).toBe('unknown');
    if (result.status === 'unknown') expect(result.suggestions).toContain('Nùng');
    expect(lookupEthnicity('Zzzzzzzz')).toEqual({ status: 'unknown', suggestions: [] });
  });

  it('finds the record by any spelling', () => {
    expect(ethnicityByName('hmong')?.code).toBe('08');
    expect(ethnicityByName('Mèo')).toBeUndefined();
  });
});

describe('nationalities', () => {
  it('knows Việt Nam and the personal-ID country list', () => {
    expect(NATIONALITIES.length).toBeGreaterThan(190);
    expect(lookupNationality('Việt Nam')).toEqual({ status: 'valid', value: 'Việt Nam' });
    expect(lookupNationality('viet nam')).toEqual({ status: 'respell', value: 'Việt Nam' });
    expect(lookupNationality('Hoa Kỳ')).toEqual({ status: 'valid', value: 'Hoa Kỳ' });
    expect(lookupNationality('Canada (Ca-na-đa; Gia Nã Đại)')).toEqual({ status: 'respell', value: 'Canada' });
  });

  it('maps other names to the listed one', () => {
    expect(lookupNationality('Mỹ')).toEqual({ status: 'alias', suggestions: ['Hoa Kỳ'] });
    expect(lookupNationality('Ấn Độ')).toEqual({ status: 'alias', suggestions: ['Cộng hòa Ấn Độ'] });
    expect(lookupNationality('Tòa Thánh')).toEqual({ status: 'alias', suggestions: ['Thành Vatican'] });
  });

  it('suggests for unknown names', () => {
    const result = lookupNationality('Han Quoc');
    expect(result).toEqual({ status: 'respell', value: 'Hàn Quốc' });
    const unknown = lookupNationality('Thái Lann');
    expect(unknown.status).toBe('unknown');
    if (unknown.status === 'unknown') expect(unknown.suggestions).toContain('Thái Lan');
  });
});

describe('personal ID structure', () => {
  it('knows province and country prefixes', () => {
    expect(idPrefixPlace('040')).toEqual({ kind: 'province', code: '040', name: 'Nghệ An' });
    expect(idPrefixPlace('101')?.kind).toBe('country');
    expect(idPrefixPlace('003')).toBeUndefined();
  });

  it('decodes century, sex and birth year', () => {
    expect(decodePersonalId('040305001234')).toMatchObject({ ok: true, sex: 'female', birthYear: 2005 });
    expect(decodePersonalId('001078001234')).toMatchObject({ ok: true, sex: 'male', birthYear: 1978 });
    expect(decodePersonalId('04030500123')).toEqual({ ok: false });
    expect(decodePersonalId('04030500123a')).toEqual({ ok: false });
  });
});
