/**
 * Role-based plausibility: parents, spouses (marriage age by era), guardians.
 */
import { describe, expect, it } from 'vitest';
import { getRegisterType, RegisterTypeCode } from '../../../../../shared/domain/register-types';
import { SAMPLES } from '../samples';
import { check, codesAt } from './helpers';

const withRole = (code: RegisterTypeCode, role: string) => getRegisterType(code).people.filter((p) => p.role === role);
const typesWith = (role: string) => RegisterTypeCode.options.filter((c) => withRole(c, role).length > 0);

describe.each(typesWith('parent'))('parents in %s', (code) => {
  const child = withRole(code, 'child')[0];
  const childBirth = child?.birthKey ? (SAMPLES[code][child.birthKey] ?? '') : '';
  const childYear = Number(childBirth.slice(-4));

  it.each(withRole(code, 'parent').map((p) => [p.prefix, p] as const))('%s: born after the child, too young, fine', (_, parent) => {
    const key = parent.birthKey ?? '';
    expect(codesAt(check(code, { [key]: String(childYear + 1) }), key)).toContain('parent-born-after-child');
    expect(codesAt(check(code, { [key]: String(childYear - 10) }), key)).toEqual(['parent-too-young']);
    expect(codesAt(check(code, { [key]: String(childYear - 25) }), key)).toEqual([]);
  });
});

describe.each(typesWith('spouse'))('spouses in %s', (code) => {
  const type = getRegisterType(code);
  const marriageKey = type.marriageDateKeys.find((k) => (SAMPLES[code][k] ?? '') !== '') ?? '';
  const married = SAMPLES[code][marriageKey] ?? '';
  const year = Number(married.slice(-4));

  it.each(withRole(code, 'spouse').map((p) => [p.prefix, p] as const))('%s: born after, under age, fine', (_, spouse) => {
    const key = spouse.birthKey ?? '';
    expect(codesAt(check(code, { [key]: String(year + 1) }), key)).toContain('spouse-born-after-marriage');
    expect(codesAt(check(code, { [key]: String(year - 15) }), key)).toEqual(['under-marriage-age']);
    expect(codesAt(check(code, { [key]: String(year - 30) }), key)).toEqual([]);
  });
});

describe('marriage age by the law of the time', () => {
  it('reads "từ 20 tuổi" before 2015 as having entered the 20th year', () => {
    expect(codesAt(check('KH', { chongNgaySinh: '11.01.1990' }), 'chongNgaySinh')).toEqual([]);
    expect(codesAt(check('KH', { chongNgaySinh: '11.01.1991' }), 'chongNgaySinh')).toEqual(['under-marriage-age']);
    expect(codesAt(check('KH', { voNgaySinh: '11.01.1993' }), 'voNgaySinh')).toEqual(['under-marriage-age']);
  });

  it('requires "đủ 20 / đủ 18" under the 2014 law', () => {
    const in2016 = { ngayDangKy: '10.01.2016', so: '01/2016' };
    expect(codesAt(check('KH', { ...in2016, chongNgaySinh: '11.01.1996' }), 'chongNgaySinh')).toEqual(['under-marriage-age']);
    expect(codesAt(check('KH', { ...in2016, chongNgaySinh: '10.01.1996' }), 'chongNgaySinh')).toEqual([]);
    expect(codesAt(check('KH', { ...in2016, voNgaySinh: '11.01.1998' }), 'voNgaySinh')).toEqual(['under-marriage-age']);
  });

  it('uses the marriage establishment date when the book has one', () => {
    const issues = check('KH', { ngayXacLapQuanHeHonNhan: '1980', chongNgaySinh: '1970' });
    expect(codesAt(issues, 'chongNgaySinh')).toEqual(['under-marriage-age']);
  });
});

describe('guardians', () => {
  it('warns about a guardian under 18 and accepts an adult', () => {
    expect(codesAt(check('GH', { nghNgaySinh: '2000' }), 'nghNgaySinh')).toEqual(['guardian-minor']);
    expect(codesAt(check('GH', { nghNgaySinh: '1990' }), 'nghNgaySinh')).toEqual([]);
  });
});
