/**
 * validateEntry end to end: every standard fixture passes, issue shape and order.
 */
import { describe, expect, it } from 'vitest';
import fixtures from '../../../../fixtures/standard-entries.json';
import { getRegisterType, RegisterTypeCode } from '../../../../../shared/domain/register-types';
import { hasErrors, validateEntry } from '../../../../../shared/domain/validation';
import { TODAY } from '../samples';
import { check } from './helpers';

describe('validateEntry', () => {
  for (const code of ['KS', 'KT', 'KH'] as const) {
    it(`accepts all ${fixtures[code].length} standard ${code} entries without an error or warning`, () => {
      for (const values of fixtures[code]) {
        const issues = validateEntry(getRegisterType(code), { values }, { today: TODAY });
        expect(issues, values.so).toEqual([]);
      }
    });
  }

  it.each(RegisterTypeCode.options)('accepts the %s sample', (code) => {
    expect(check(code)).toEqual([]);
  });

  it('returns issues in field order with Vietnamese messages naming the field', () => {
    const issues = check('KS', { chaHoTen: '', so: 'abc' });
    expect(issues.map((i) => i.path)).toEqual(['so', 'chaHoTen']);
    expect(issues[1]?.message).toBe('Họ, chữ đệm và tên cha: bắt buộc; nhập theo sổ hoặc đánh dấu "không có trong sổ"');
    expect(issues[1]?.messageEn).toContain('Father: full name');
    expect(hasErrors(issues)).toBe(true);
  });

  it('does not count warnings as errors', () => {
    const issues = check('KS', { nksHoTen: 'Nguyễn Mỹ Hoa' });
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
    expect(hasErrors(issues)).toBe(false);
  });
});
