/**
 * One valid entry per register type for rule tests: the first standard fixture for KS, KT and
 * KH, hand-written entries for the others. Test helper only; no assertions here.
 */
import fixtures from '../../../fixtures/standard-entries.json';
import type { EntryValues } from '../../../../shared/domain/entry-values';
import type { FullDate } from '../../../../shared/domain/partial-date';
import type { RegisterTypeCode } from '../../../../shared/domain/register-types';

export const TODAY: FullDate = { year: 2026, month: 11, day: 22 };

const first = (list: readonly EntryValues[]): EntryValues => {
  const entry = list[0];
  if (!entry) throw new Error('fixture list is empty');
  return entry;
};

const book = (ngayDangKy: string, year: string) => ({
  so: `01/${year}`,
  quyenSo: `01/${year}`,
  trangSo: '1',
  ngayDangKy,
  noiDangKy: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An',
  nguoiKy: 'TRẦN ĐỨC HẢI',
  chucVuNguoiKy: 'Chủ tịch',
  nguoiThucHien: 'ĐỖ VĂN HÙNG',
});

const vietnamese = { DanToc: 'Kinh', QuocTich: 'Việt Nam', LoaiCuTru: '1' } as const;
const prefixed = (prefix: string, values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}${k}`, v]));

export const SAMPLES: Readonly<Record<RegisterTypeCode, EntryValues>> = {
  KS: first(fixtures.KS),
  KT: first(fixtures.KT),
  KH: first(fixtures.KH),
  HN: {
    ...book('05.03.2012', '2012'),
    noiDangKy: '',
    noiCap: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An',
    ...prefixed('nxn', { HoTen: 'LÊ THỊ MAI', GioiTinh: '2', NgaySinh: '12.04.1990', ...vietnamese }),
    nxnLoaiGiayToTuyThan: '1',
    nxnSoGiayToTuyThan: '186543210',
    nxnThoiGianCuTruTu: '1990',
    nxnThoiGianCuTruDen: '03.2012',
    nxnTinhTrangHonNhan: 'Hiện tại chưa đăng ký kết hôn với ai',
    nxnLoaiMucDichSuDung: '1',
  },
  CMC: {
    ...book('10.06.2011', '2011'),
    loaiDangKy: '1',
    loaiXacNhan: '1',
    ...prefixed('cm', { HoTen: 'PHẠM VĂN LONG', NgaySinh: '1980', ...vietnamese }),
    ...prefixed('nc', { HoTen: 'PHẠM THỊ HOA', NgaySinh: '02.02.2009', ...vietnamese }),
  },
  TD: {
    ...book('15.08.2016', '2016'),
    loaiDangKy: '2',
    ...prefixed('ntd', {
      SoDinhDanh: '040305001234',
      HoTen: 'NGUYỄN THỊ LAN',
      GioiTinh: '2',
      NgaySinh: '03.05.2005',
      DanToc: 'Thái',
      QuocTich: 'Việt Nam',
    }),
    noiDungThayDoi: 'Ngày sinh',
    thongTinTruocThayDoi: '03.06.2005',
    thongTinSauThayDoi: '03.05.2005',
    loaiViecHoTichGoc: 'KS',
    ngayDangKyGoc: '10.06.2005',
  },
  GH: {
    ...book('20.09.2014', '2014'),
    loaiDangKy: '1',
    ...prefixed('ngh', { HoTen: 'HOÀNG VĂN BÌNH', GioiTinh: '1', NgaySinh: '1965', ...vietnamese }),
    ...prefixed('ndgh', { HoTen: 'HOÀNG MINH KHANG', GioiTinh: '1', NgaySinh: '11.11.2008', ...vietnamese }),
    quanHeGiamHo: 'Ông nội',
  },
  NCN: {
    ...book('12.12.2013', '2013'),
    loaiDangKy: '1',
    nguoiNhanNuoi: '1',
    ...prefixed('chaNuoi', { HoTen: 'VŨ ĐỨC THẮNG', NgaySinh: '1975', ...vietnamese }),
    ...prefixed('meNuoi', { HoTen: 'LÊ THU HÀ', NgaySinh: '05.05.1978', ...vietnamese }),
    ...prefixed('conNuoi', { HoTen: 'NGUYỄN BẢO NGỌC', GioiTinh: '2', NgaySinh: '01.01.2012', DanToc: 'Kinh', QuocTich: 'Việt Nam' }),
    ngayGiaoNhanConNuoi: '20.12.2013',
  },
  GCKH: {
    ...book('03.03.2017', '2017'),
    loaiDangKy: '2',
    ...prefixed('chong', { HoTen: 'KIM MIN SU', NgaySinh: '15.07.1985', QuocTich: 'Hàn Quốc' }),
    ...prefixed('vo', { HoTen: 'TRẦN THỊ NGỌC', NgaySinh: '20.10.1995', ...vietnamese }),
    soDangKyNuocNgoai: '2016-123',
    ngayDangKyNuocNgoai: '10.10.2016',
    cqNuocNgoaiDaDangKy: 'Ủy ban quận Gangnam, Seoul',
    qgNuocNgoaiDaDangKy: 'Hàn Quốc',
  },
  GCLH: {
    ...book('01.08.2019', '2019'),
    loaiDangKy: '1',
    ...prefixed('chong', { HoTen: 'KIM MIN SU', NgaySinh: '15.07.1985', QuocTich: 'Hàn Quốc' }),
    ...prefixed('vo', { HoTen: 'TRẦN THỊ NGỌC', NgaySinh: '20.10.1995', ...vietnamese }),
    ngayDangKyGoc: '10.10.2016',
    soDangKyNuocNgoai: '2019-456',
    ngayDangKyNuocNgoai: '05.05.2019',
    cqNuocNgoaiDaDangKy: 'Tòa án gia đình Seoul',
    qgNuocNgoaiDaDangKy: 'Hàn Quốc',
    ngayCoHieuLuc: '20.05.2019',
  },
};
