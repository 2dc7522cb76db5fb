import { describe, expect, it } from 'vitest';
import { getField, getRegisterType } from '../../../../../shared/domain/register-types';
import type { CodeList } from '../../../../../shared/domain/field-kinds';
import { codeDisplay, matchCode } from '../../../../../renderer/features/entry/code-match';

const list = (type: 'KS' | 'KT', key: string): CodeList => {
  const codes = getField(getRegisterType(type), key)?.codeList;
  if (!codes) throw new Error(`no code list on ${key}`);
  return codes;
};
const sex = list('KS', 'nksGioiTinh');
const ksType = list('KS', 'loaiDangKy');

describe('matchCode', () => {
  it('takes the code itself', () => {
    expect(matchCode(sex, '2')).toEqual({ status: 'exact', code: '2' });
    expect(matchCode(sex, ' 1 ')).toEqual({ status: 'exact', code: '1' });
  });

  it('refuses a code that is not in the list and empty text', () => {
    expect(matchCode(sex, '7')).toEqual({ status: 'none' });
    expect(matchCode(sex, '')).toEqual({ status: 'none' });
    expect(matchCode(sex, 'x')).toEqual({ status: 'none' });
  });

  it('matches the first letters of the label without diacritics', () => {
    expect(matchCode(sex, 'nu')).toEqual({ status: 'exact', code: '2' });
    expect(matchCode(sex, 'NỮ')).toEqual({ status: 'exact', code: '2' });
    expect(matchCode(sex, 'kh')).toEqual({ status: 'exact', code: '3' });
  });

  it('offers the candidates when the letters are ambiguous', () => {
    expect(matchCode(sex, 'n')).toEqual({
      status: 'ambiguous',
      options: [
        { code: '1', label: 'Nam' },
        { code: '2', label: 'Nữ' },
      ],
    });
  });

  it('matches the initials of a longer label', () => {
    expect(matchCode(ksType, 'dkl')).toEqual({ status: 'exact', code: '2' });
    expect(matchCode(ksType, 'dang ki qua')).toEqual({ status: 'exact', code: '4' });
  });

  it('reads back the text the input shows', () => {
    expect(codeDisplay(sex, '2')).toBe('2 – Nữ');
    expect(matchCode(sex, codeDisplay(sex, '2'))).toEqual({ status: 'exact', code: '2' });
    expect(codeDisplay(sex, '9')).toBe('9');
  });
});
