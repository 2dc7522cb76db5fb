/**
 * HN — cấp giấy xác nhận tình trạng hôn nhân (marital-status confirmation), following the
 * 35-column import layout found in third-party tools (unconfirmed). Data only.
 */
import {
  bookFields,
  defineRegisterType,
  field,
  NATIONALITY,
  PAPERS,
  person,
  REQUESTER_SUFFIXES,
  RESIDENCE,
  SUBJECT_CORE,
  SUGGESTIONS_TINH_TRANG_HON_NHAN,
  templateCodeList,
} from './builder';

export const hn = defineRegisterType({
  code: 'HN',
  version: 1,
  name: 'Cấp giấy xác nhận tình trạng hôn nhân',
  nameEn: 'Marital-status confirmation',
  ministryTemplate: true,
  blocks: [
    bookFields(['so', 'quyenSo', 'trangSo', 'ngayDangKy', 'noiCap', 'nguoiKy', 'chucVuNguoiKy', 'nguoiThucHien', 'ghiChu']),
    person({
      prefix: 'nxn',
      section: 'confirmed',
      role: 'subject',
      who: 'người được xác nhận',
      whoEn: 'Confirmed person',
      suffixes: ['HoTen', 'GioiTinh', 'NgaySinh', 'DanToc', ...NATIONALITY, ...RESIDENCE, ...PAPERS],
      core: SUBJECT_CORE,
    }),
    field('nxnThoiGianCuTruTai', 'confirmed', {
      kind: 'place',
      label: 'Nơi cư trú trong thời gian xác nhận',
      labelEn: 'Residence during the confirmed period',
      help: 'Nơi cư trú mà tình trạng hôn nhân được xác nhận.',
    }),
    field('nxnThoiGianCuTruTu', 'confirmed', {
      kind: 'date-partial',
      label: 'Cư trú từ ngày',
      labelEn: 'Resident from',
      help: 'dd.mm.yyyy, hoặc mm.yyyy / yyyy.',
    }),
    field('nxnThoiGianCuTruDen', 'confirmed', {
      kind: 'date-partial',
      label: 'Cư trú đến ngày',
      labelEn: 'Resident until',
      help: 'dd.mm.yyyy, hoặc mm.yyyy / yyyy.',
    }),
    field('nxnTinhTrangHonNhan', 'confirmed', {
      kind: 'text',
      label: 'Tình trạng hôn nhân',
      labelEn: 'Marital status',
      help: 'Ghi đúng nội dung xác nhận trong sổ.',
      required: 'core',
      suggestions: SUGGESTIONS_TINH_TRANG_HON_NHAN,
    }),
    field('nxnLoaiMucDichSuDung', 'confirmed', {
      kind: 'code',
      label: 'Loại mục đích sử dụng',
      labelEn: 'Purpose type',
      help: 'Để kết hôn trong nước, ở nước ngoài, hay mục đích khác.',
      codeList: templateCodeList('HN.nxnLoaiMucDichSuDung'),
    }),
    field('nxnMucDichSuDung', 'confirmed', {
      kind: 'text',
      label: 'Mục đích sử dụng',
      labelEn: 'Purpose',
      help: 'Ghi như trong sổ.',
    }),
    person({
      prefix: 'nyc',
      section: 'requester',
      role: 'requester',
      who: 'người yêu cầu',
      whoEn: 'Requester',
      suffixes: REQUESTER_SUFFIXES,
    }),
  ],
  dateOrder: [{ before: 'nxnThoiGianCuTruTu', after: 'nxnThoiGianCuTruDen', code: 'date-order' }],
  duplicateKey: { person: 'nxn', related: [] },
  layouts: {
    default: {
      id: 'moj-hn-35',
      label: 'Mẫu Excel xác nhận tình trạng hôn nhân (35 cột, theo công cụ bên thứ ba)',
      source: 'hotich-import-templates.json templates.HN.columns',
    },
  },
});
