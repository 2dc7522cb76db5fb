/**
 * Book-level rules: duplicate so, so year, probable duplicates.
 */
import { describe, expect, it } from 'vitest';
import { RegisterTypeCode } from '../../../../../shared/domain/register-types';
import { soKey } from '../../../../../shared/domain/validation';
import { SAMPLES } from '../samples';
import { check, codesAt } from './helpers';

describe('registration number key', () => {
  it('ignores leading zeros and spaces', () => {
    expect(soKey('01/2008')).toBe(soKey(' 1 / 2008'));
    expect(soKey('10/2008')).not.toBe(soKey('1/2008'));
    expect(soKey('0')).toBe('0');
  });
});

describe.each(RegisterTypeCode.options)('book rules of %s', (code) => {
  it('refuses a so already used in the same book', () => {
    const so = SAMPLES[code].so ?? '';
    expect(codesAt(check(code, {}, { context: { sameBookSo: [so] } }), 'so')).toEqual(['duplicate-so']);
    expect(codesAt(check(code, {}, { context: { sameBookSo: ['999'] } }), 'so')).toEqual([]);
  });

  it('warns about a probable duplicate elsewhere', () => {
    const issues = check(code, {}, { context: { probableDuplicates: [{ entryId: 'e1', description: 'Sổ 02/2008, số 15/2008' }] } });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['probable-duplicate', 'warning']]);
    expect(issues[0]?.message).toContain('Sổ 02/2008, số 15/2008');
  });
});

describe('book rules, details', () => {
  it('flags the duplicate so of the same book', () => {
    expect(codesAt(check('KS', {}, { context: { sameBookSo: ['02/2008', '1/2008'] } }), 'so')).toEqual(['duplicate-so']);
    expect(codesAt(check('KS', {}, { context: { sameBookSo: ['02/2008'] } }), 'so')).toEqual([]);
  });

  it('warns when the so year differs from the registration year', () => {
    expect(codesAt(check('KS', { so: '01/2009' }), 'so')).toEqual(['so-year-mismatch']);
    expect(codesAt(check('KS', { so: '01' }), 'so')).toEqual([]);
  });
});
