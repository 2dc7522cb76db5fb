/**
 * The identity an import uses to skip entries its book already holds: number and registration
 * date, however they are spelled; the whole row when either is missing.
 */
import { describe, expect, it } from 'vitest';
import { entryIdentity } from '../../../../../shared/domain/validation';

describe('entryIdentity', () => {
  it('is the number and the registration date, whatever their spelling', () => {
    const a = entryIdentity({ so: '01/2008', ngayDangKy: '04.01.2008', nksHoTen: 'NGUYỄN MỸ HOA' });
    expect(a).toBe(entryIdentity({ so: ' 1 / 2008', ngayDangKy: '4/1/2008', nksHoTen: 'NGUYỄN MỸ HOA (sửa)' }));
    expect(a).not.toBe(entryIdentity({ so: '01/2008', ngayDangKy: '05.01.2008' }));
    expect(a).not.toBe(entryIdentity({ so: '02/2008', ngayDangKy: '04.01.2008' }));
  });

  it('falls back to every value of the row when the number or the date is missing', () => {
    const row = { so: '', ngayDangKy: '04.01.2008', nksHoTen: 'NGUYỄN MỸ HOA' };
    expect(entryIdentity(row)).toBe(entryIdentity({ nksHoTen: 'NGUYỄN MỸ HOA', ngayDangKy: '04.01.2008' }));
    expect(entryIdentity(row)).not.toBe(entryIdentity({ ...row, nksHoTen: 'NGUYỄN MỸ HẠNH' }));
    expect(entryIdentity({ so: ' ', ngayDangKy: '' })).toBeUndefined();
  });
});
