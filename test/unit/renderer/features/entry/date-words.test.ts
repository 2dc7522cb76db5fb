import { describe, expect, it } from 'vitest';
import { getRegisterType } from '../../../../../shared/domain/register-types';
import { wordsPatch } from '../../../../../renderer/features/entry/date-words';

const ks = getRegisterType('KS');
const kt = getRegisterType('KT');
const WORDS_2008 = 'Ngày hai mươi bảy tháng mười năm hai nghìn không trăm lẻ tám';

describe('wordsPatch', () => {
  it('fills empty words when the date is committed', () => {
    expect(wordsPatch(ks, { nksNgaySinh: '27.10.2008', nksNgaySinhBangChu: '' }, 'nksNgaySinh', '')).toEqual({ nksNgaySinhBangChu: WORDS_2008 });
    expect(wordsPatch(kt, { nktNgayChet: '27.10.2008', nktNgayChetGhiBangChu: '' }, 'nktNgayChet', '')).toEqual({ nktNgayChetGhiBangChu: WORDS_2008 });
  });

  it('regenerates words it generated itself when the date changes', () => {
    expect(wordsPatch(ks, { nksNgaySinh: '10.2008', nksNgaySinhBangChu: WORDS_2008 }, 'nksNgaySinh', '27.10.2008')).toEqual({
      nksNgaySinhBangChu: 'Tháng mười năm hai nghìn không trăm lẻ tám',
    });
  });

  it('never overwrites words the clerk typed', () => {
    expect(wordsPatch(ks, { nksNgaySinh: '27.10.2008', nksNgaySinhBangChu: 'Ngày hai bảy tháng mười' }, 'nksNgaySinh', '26.10.2008')).toEqual({});
  });

  it('does nothing for dates that feed no words field, or for unreadable dates', () => {
    expect(wordsPatch(ks, { ngayDangKy: '04.01.2008' }, 'ngayDangKy', '')).toEqual({});
    expect(wordsPatch(ks, { nksNgaySinh: '99999', nksNgaySinhBangChu: '' }, 'nksNgaySinh', '')).toEqual({});
  });
});
