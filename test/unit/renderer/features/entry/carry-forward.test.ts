import { describe, expect, it } from 'vitest';
import { getRegisterType } from '../../../../../shared/domain/register-types';
import { carriedValues, firstOpenField } from '../../../../../renderer/features/entry/carry-forward';
import fixtures from '../../../../fixtures/standard-entries.json';

const book = { quyenSo: '01/2008', registeringBody: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An' };

describe('carriedValues', () => {
  it('starts the first entry of a book from the book record', () => {
    expect(carriedValues(getRegisterType('KS'), null, book)).toEqual({ quyenSo: '01/2008', noiDangKy: book.registeringBody });
  });

  it('uses the registering field of the type (HN: noiCap)', () => {
    expect(carriedValues(getRegisterType('HN'), null, book)).toEqual({ quyenSo: '01/2008', noiCap: book.registeringBody });
  });

  it('carries the book constants of the previous entry and suggests the next number', () => {
    const previous = fixtures.KS[0];
    if (!previous) throw new Error('fixture missing');
    expect(carriedValues(getRegisterType('KS'), previous, book)).toEqual({
      so: '02/2008',
      quyenSo: '01/2008',
      trangSo: '1',
      noiDangKy: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An',
      nguoiKy: 'TRẦN ĐỨC HẢI',
      chucVuNguoiKy: 'Phó Chủ tịch',
      nguoiThucHien: 'ĐỖ VĂN HÙNG',
    });
  });

  it('never carries a person or the registration date', () => {
    const previous = fixtures.KT[0];
    if (!previous) throw new Error('fixture missing');
    const carried = carriedValues(getRegisterType('KT'), previous, book);
    expect(Object.keys(carried).some((k) => k.startsWith('nkt') || k.startsWith('nyc'))).toBe(false);
    expect(carried).not.toHaveProperty('ngayDangKy');
  });

  it('starts the cursor on the first field that is not a book constant', () => {
    expect(firstOpenField(getRegisterType('KS'))).toBe('so');
  });
});
