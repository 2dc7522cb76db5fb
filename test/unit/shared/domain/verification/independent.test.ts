import { describe, expect, it } from 'vitest';
import { registerTypes } from '../../../../../shared/domain/register-types';
import { arbitrate, arbitrationErrors, doubleEntryDiff } from '../../../../../shared/domain/verification';

const FIELDS = registerTypes.KS.fields;
const A = { so: '01/2008', nksHoTen: 'NGUYỄN VĂN AN', nksNgaySinh: '27.10.2008', meHoTen: 'TRẦN THỊ LỤA' };
const B = { so: '01 / 2008', nksHoTen: 'nguyễn văn ân', nksNgaySinh: '27/10/2008', meHoTen: 'TRẦN THỊ LỤ', chaHoTen: 'NGUYỄN VĂN BÌNH' };

describe('independent double entry', () => {
  it('lists only the fields that differ after normalisation, in form order', () => {
    expect(doubleEntryDiff(FIELDS, A, B)).toEqual([
      { key: 'nksHoTen', a: 'NGUYỄN VĂN AN', b: 'NGUYỄN VĂN ÂN' },
      { key: 'meHoTen', a: 'TRẦN THỊ LỤA', b: 'TRẦN THỊ LỤ' },
      { key: 'chaHoTen', a: '', b: 'NGUYỄN VĂN BÌNH' },
    ]);
    expect(doubleEntryDiff(FIELDS, A, A)).toEqual([]);
  });

  it('applies the officer’s choices and charges the losing keying', () => {
    const diff = doubleEntryDiff(FIELDS, A, B);
    const result = arbitrate(FIELDS, A, diff, {
      nksHoTen: { pick: 'a' },
      meHoTen: { pick: 'typed', value: 'trần thị lựa' },
      chaHoTen: { pick: 'b' },
    });
    expect(result).toEqual({
      values: { ...A, meHoTen: 'TRẦN THỊ LỰA', chaHoTen: 'NGUYỄN VĂN BÌNH' },
      decided: { nksHoTen: 'a', meHoTen: 'typed', chaHoTen: 'b' },
    });
    if ('decided' in result) expect(arbitrationErrors(result.decided)).toEqual({ a: 2, b: 2 });
  });

  it('a typed value equal to one keying counts as that keying', () => {
    const diff = doubleEntryDiff(FIELDS, A, B).slice(0, 1);
    expect(arbitrate(FIELDS, A, diff, { nksHoTen: { pick: 'typed', value: 'Nguyễn Văn Ân' } })).toMatchObject({ decided: { nksHoTen: 'b' } });
  });

  it('refuses a result with an undecided difference', () => {
    expect(arbitrate(FIELDS, A, doubleEntryDiff(FIELDS, A, B), { nksHoTen: { pick: 'a' } })).toEqual({ missing: ['meHoTen', 'chaHoTen'] });
  });
});
