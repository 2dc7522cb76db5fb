import { describe, expect, it } from 'vitest';
import { getField, getRegisterType } from '../../../../../shared/domain/register-types';
import type { FieldDef } from '../../../../../shared/domain/field-kinds';
import { commitText, displayText } from '../../../../../renderer/features/entry/quick-typing';

const ks = getRegisterType('KS');
const field = (key: string): FieldDef => {
  const f = getField(ks, key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};

describe('commitText', () => {
  it('expands quick-typed partial dates and keeps what books write', () => {
    const date = field('nksNgaySinh');
    expect(commitText(date, '27102008')).toBe('27.10.2008');
    expect(commitText(date, '102008')).toBe('10.2008');
    expect(commitText(date, '1978')).toBe('1978');
    expect(commitText(date, '27/10/2008')).toBe('27.10.2008');
    expect(commitText(date, ' 5-3-2008 ')).toBe('05.03.2008');
  });

  it('keeps an unreadable date as typed for validation to report', () => {
    expect(commitText(field('nksNgaySinh'), '32.13.2008')).toBe('32.13.2008');
  });

  it('upper-cases names with their diacritics and stores NFC even from NFD input', () => {
    const typed = 'nguye\u0302\u0303n  mỹ hoa'.normalize('NFD');
    const stored = commitText(field('nksHoTen'), typed);
    expect(stored).toBe('NGUYỄN MỸ HOA');
    expect(stored).toBe(stored.normalize('NFC'));
  });

  it('stores NFC text for free-text fields', () => {
    const stored = commitText(field('nksNoiSinh'), 'Trạm y tế xã Thanh Ngọc'.normalize('NFD'));
    expect(stored).toBe('Trạm y tế xã Thanh Ngọc'.normalize('NFC'));
  });

  it('reduces coded fields to their code, by digit, label letters or the shown text', () => {
    const sex = field('nksGioiTinh');
    expect(commitText(sex, '2')).toBe('2');
    expect(commitText(sex, 'nu')).toBe('2');
    expect(commitText(sex, 'Nam')).toBe('1');
    expect(commitText(sex, '2 – Nữ')).toBe('2');
    expect(commitText(sex, 'n')).toBe('n');
  });

  it('respells ethnicities and nationalities but leaves old names for the clerk to choose', () => {
    expect(commitText(field('nksDanToc'), 'kinh')).toBe('Kinh');
    expect(commitText(field('nksDanToc'), 'Mèo')).toBe('Mèo');
    expect(commitText(field('nksQuocTich'), 'viet nam')).toBe('Việt Nam');
  });

  it('shows codes with their label and everything else as stored', () => {
    expect(displayText(field('nksGioiTinh'), '2')).toBe('2 – Nữ');
    expect(displayText(field('nksGioiTinh'), '')).toBe('');
    expect(displayText(field('nksHoTen'), 'NGUYỄN MỸ HOA')).toBe('NGUYỄN MỸ HOA');
  });
});
