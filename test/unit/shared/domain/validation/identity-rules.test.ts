/**
 * Personal ID, CMND and CCCD checks for every person that has them.
 */
import { describe, expect, it } from 'vitest';
import { getRegisterType, RegisterTypeCode } from '../../../../../shared/domain/register-types';
import { check, codesAt } from './helpers';

const peopleWith = (code: RegisterTypeCode, key: 'personalIdKey' | 'paperNumberKey') =>
  getRegisterType(code).people.filter((p) => p[key] !== undefined).map((p) => [p.prefix, p] as const);

describe.each(RegisterTypeCode.options.filter((c) => peopleWith(c, 'personalIdKey').length > 0))('personal IDs in %s', (code) => {
  it.each(peopleWith(code, 'personalIdKey'))('%s: shape is an error', (_, person) => {
    const key = person.personalIdKey ?? '';
    expect(codesAt(check(code, { [key]: '12345' }), key)).toEqual(['personal-id-format']);
    expect(codesAt(check(code, { [key]: '0403050012345' }), key)).toEqual(['personal-id-format']);
  });
});

describe.each(RegisterTypeCode.options)('identity papers in %s', (code) => {
  it.each(peopleWith(code, 'paperNumberKey'))('%s: CMND must have 9 or 12 digits', (_, person) => {
    const typeKey = person.paperTypeKey ?? '';
    const key = person.paperNumberKey ?? '';
    expect(codesAt(check(code, { [typeKey]: '1', [key]: '12345678' }), key)).toEqual(['cmnd-format']);
    expect(codesAt(check(code, { [typeKey]: '1', [key]: '123456789' }), key)).toEqual([]);
    expect(codesAt(check(code, { [typeKey]: '1', [key]: '012345678901' }), key)).toEqual([]);
    expect(codesAt(check(code, { [typeKey]: '2', [key]: 'B1234567' }), key)).toEqual([]);
  });
});

describe('personal ID consistency', () => {
  it('accepts a number that agrees with birth year, sex and place', () => {
    expect(check('TD')).toEqual([]);
  });

  it('warns on birth year, sex and unknown place, without blocking', () => {
    const issues = check('TD', { ntdSoDinhDanh: '003206001234' });
    expect(codesAt(issues, 'ntdSoDinhDanh')).toEqual(['personal-id-place', 'personal-id-birth-year', 'personal-id-sex']);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('reads the sex of a person from a coded field or the role', () => {
    expect(codesAt(check('KS', { nksSoDinhDanh: '040307001234' }), 'nksSoDinhDanh')).toEqual([]);
    expect(codesAt(check('KS', { nksSoDinhDanh: '040207001234' }), 'nksSoDinhDanh')).toEqual(['personal-id-sex']);
    expect(codesAt(check('KS', { meSoDinhDanhCaNhan: '040078001234', meNgaySinh: '1978' }), 'meSoDinhDanhCaNhan')).toEqual([
      'personal-id-sex',
    ]);
  });

  it('checks a CCCD number as a personal ID', () => {
    const cccd = { chongLoaiGiayToTuyThan: '4' };
    expect(codesAt(check('KH', { ...cccd, chongSoGiayToTuyThan: '038088001234' }), 'chongSoGiayToTuyThan')).toEqual([]);
    expect(codesAt(check('KH', { ...cccd, chongSoGiayToTuyThan: '449758158' }), 'chongSoGiayToTuyThan')).toEqual(['personal-id-format']);
    expect(codesAt(check('KH', { ...cccd, chongSoGiayToTuyThan: '038188001234' }), 'chongSoGiayToTuyThan')).toEqual(['personal-id-sex']);
  });

  it('uses the recognition type for the sex of a CMC parent', () => {
    const cccd = { cmLoaiGiayToTuyThan: '4', cmNgaySinh: '1980' };
    expect(codesAt(check('CMC', { ...cccd, cmSoGiayToTuyThan: '001080001234' }), 'cmSoGiayToTuyThan')).toEqual([]);
    expect(codesAt(check('CMC', { ...cccd, loaiXacNhan: '2', cmSoGiayToTuyThan: '001080001234' }), 'cmSoGiayToTuyThan')).toEqual([
      'personal-id-sex',
    ]);
  });
});
