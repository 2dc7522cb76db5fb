/**
 * Date-order facts of every type: reversed fails, equal and uncertain pass.
 */
import { describe, expect, it } from 'vitest';
import type { DateOrderRule } from '../../../../../shared/domain/field-kinds';
import { getField, getRegisterType, RegisterTypeCode } from '../../../../../shared/domain/register-types';
import type { Issue } from '../../../../../shared/domain/validation';
import { check, codesAt } from './helpers';

/** Whether this very rule fired: other rules may share the same first date. */
const fired = (code: RegisterTypeCode, rule: DateOrderRule, issues: readonly Issue[]): boolean => {
  const afterLabel = getField(getRegisterType(code), rule.after)?.labelEn ?? '';
  return issues.some((i) => i.path === rule.before && i.code === rule.code && (i.messageEn ?? '').includes(afterLabel));
};

describe.each(RegisterTypeCode.options)('date order of %s', (code) => {
  const type = getRegisterType(code);

  it.each(type.dateOrder.map((r) => [`${r.before} ≤ ${r.after}`, r] as const))('%s', (_, rule) => {
    expect(fired(code, rule, check(code, { [rule.before]: '02.01.2020', [rule.after]: '01.01.2020' }))).toBe(true);
    expect(fired(code, rule, check(code, { [rule.before]: '01.01.2020', [rule.after]: '01.01.2020' }))).toBe(false);
    expect(fired(code, rule, check(code, { [rule.before]: '2020', [rule.after]: '01.01.2020' }))).toBe(false);
  });
});

describe('date order, messages', () => {
  it('flags a birth after registration and a death before birth with both dates', () => {
    const birth = check('KS', { nksNgaySinh: '05.01.2008' }).find((i) => i.path === 'nksNgaySinh');
    expect(birth).toMatchObject({ code: 'born-after-registration', severity: 'error' });
    expect(birth?.message).toBe(
      'Ngày sinh người được khai sinh: 05.01.2008 muộn hơn Ngày đăng ký (04.01.2008): không thể sinh sau ngày đăng ký',
    );
    expect(codesAt(check('KT', { nktNgaySinh: '2009' }), 'nktNgaySinh')).toEqual([]);
    expect(codesAt(check('KT', { nktNgaySinh: '2010' }), 'nktNgaySinh')).toEqual(
      expect.arrayContaining(['death-before-birth', 'born-after-registration']),
    );
    expect(codesAt(check('KT', { nktNgayChet: '20.01.2009' }), 'nktNgayChet')).toEqual(['event-after-registration']);
  });

  it('flags papers issued before birth', () => {
    expect(codesAt(check('KH', { chongNgayCapGiayToTuyThan: '01.01.1980' }), 'chongNgaySinh')).toEqual(['issued-before-birth']);
  });
});
