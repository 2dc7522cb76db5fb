/**
 * The duplicate key callers index across books.
 */
import { describe, expect, it } from 'vitest';
import { getRegisterType, RegisterTypeCode } from '../../../../../shared/domain/register-types';
import { duplicateKey } from '../../../../../shared/domain/validation';
import { SAMPLES } from '../samples';

describe('duplicateKey', () => {
  it('joins type, folded name, canonical birth date and a related name', () => {
    const ks = getRegisterType('KS');
    const key = duplicateKey(ks, { nksHoTen: 'Nguyễn Mỹ Hoa', nksNgaySinh: '29/11/2007', meHoTen: 'NGUYỄN THỊ XUÂN' });
    expect(key).toBe('KS|nguyen my hoa|29.11.2007|nguyen thi xuan');
    expect(duplicateKey(ks, { nksHoTen: 'NGUYỄN MỸ HOA'.normalize('NFD'), nksNgaySinh: '29112007', meHoTen: 'Nguyen Thi Xuan' })).toBe(key);
  });

  it('falls back to the next related person and to no birth date', () => {
    const ks = getRegisterType('KS');
    expect(duplicateKey(ks, { nksHoTen: 'AN', chaHoTen: 'BÌNH' })).toBe('KS|an||binh');
  });

  it('has nothing to match without the main name', () => {
    expect(duplicateKey(getRegisterType('KT'), { nktNgaySinh: '1934' })).toBeUndefined();
  });

  it.each(RegisterTypeCode.options)('gives a key for the %s sample', (code) => {
    expect(duplicateKey(getRegisterType(code), SAMPLES[code])).toMatch(new RegExp(`^${code}\\|[a-z ]+\\|`, 'u'));
  });
});
