/**
 * KT — đăng ký khai tử (death), following the 48-column import layout found in third-party
 * tools (unconfirmed as the Ministry's current one). Data only.
 */
import {
  abroadFields,
  bookFields,
  defineRegisterType,
  field,
  NATIONALITY,
  PAPERS,
  person,
  REQUESTER_SUFFIXES,
  RESIDENCE,
  SUBJECT_CORE,
  templateCodeList,
} from './builder';

const basisHelp = 'Số, ngày bản án hoặc quyết định của Tòa án.';
const noteDateHelp = 'Ngày ghi chú vào sổ, dd.mm.yyyy.';

export const kt = defineRegisterType({
  code: 'KT',
  version: 1,
  name: 'Đăng ký khai tử',
  nameEn: 'Death registration',
  ministryTemplate: true,
  blocks: [
    bookFields(
      ['so', 'quyenSo', 'trangSo', 'ngayDangKy', 'loaiDangKy', 'noiDangKy', 'nguoiKy', 'chucVuNguoiKy', 'nguoiThucHien', 'ghiChu'],
      templateCodeList('KT.loaiDangKy'),
    ),
    person({
      prefix: 'nkt',
      section: 'deceased',
      role: 'subject',
      who: 'người chết',
      whoEn: 'Deceased',
      suffixes: ['HoTen', 'GioiTinh', 'NgaySinh', 'DanToc', ...NATIONALITY, ...RESIDENCE, ...PAPERS],
      core: SUBJECT_CORE,
    }),
    field('nktNgayChet', 'death', {
      kind: 'date-partial',
      label: 'Ngày chết',
      labelEn: 'Date of death',
      help: 'dd.mm.yyyy, hoặc mm.yyyy / yyyy nếu sổ chỉ ghi tháng hoặc năm.',
      required: 'core',
    }),
    field('nktNgayChetGhiBangChu', 'death', {
      kind: 'date-words',
      label: 'Ngày chết ghi bằng chữ',
      labelEn: 'Date of death in words',
      help: 'Tự điền từ ngày chết; sửa nếu sổ ghi khác.',
      wordsFrom: 'nktNgayChet',
    }),
    field('nktGioPhutChet', 'death', {
      kind: 'text',
      label: 'Giờ, phút chết',
      labelEn: 'Time of death',
      help: 'Ví dụ 10 giờ 30 phút.',
    }),
    field('nktNoiChet', 'death', { kind: 'place', label: 'Nơi chết', labelEn: 'Place of death', help: 'Ghi như trong sổ.' }),
    field('nktNguyenNhanChet', 'death', {
      kind: 'text',
      label: 'Nguyên nhân chết',
      labelEn: 'Cause of death',
      help: 'Ghi như trong sổ.',
    }),
    field('nktTinhTrangTuyenBoViecChet', 'death', {
      kind: 'code',
      label: 'Tuyên bố chết',
      labelEn: 'Declared dead',
      help: 'Chỉ chọn khi sổ có ghi chú tuyên bố hoặc hủy tuyên bố một người là đã chết.',
      // Upstream gives no list for this column; the KS declaration list is the same notion.
      codeList: templateCodeList('nksMatTich|nksHanCheNangLucHanhVi'),
    }),
    field('nktNgayGhiChuTuyenBoViecChet', 'death', {
      kind: 'date-partial',
      label: 'Ngày ghi chú tuyên bố chết',
      labelEn: 'Declared dead: note date',
      help: noteDateHelp,
    }),
    field('nktCanCuTuyenBoViecChet', 'death', {
      kind: 'text',
      label: 'Căn cứ tuyên bố chết',
      labelEn: 'Declared dead: basis',
      help: basisHelp,
    }),
    field('nktNgayGhiChuHuyTuyenBoViecChet', 'death', {
      kind: 'date-partial',
      label: 'Ngày ghi chú hủy tuyên bố chết',
      labelEn: 'Declaration of death cancelled: note date',
      help: noteDateHelp,
    }),
    field('nktCanCuHuyTuyenBoViecChet', 'death', {
      kind: 'text',
      label: 'Căn cứ hủy tuyên bố chết',
      labelEn: 'Declaration of death cancelled: basis',
      help: basisHelp,
    }),
    field('gbtLoai', 'deathNotice', {
      kind: 'code',
      label: 'Loại giấy báo tử',
      labelEn: 'Death notice type',
      help: 'Giấy báo tử hoặc giấy tờ thay thế ghi trong sổ.',
      codeList: templateCodeList('gbtLoai'),
    }),
    field('gbtSo', 'deathNotice', { kind: 'text', label: 'Số giấy báo tử', labelEn: 'Death notice number', help: 'Ghi như trong sổ.' }),
    field('gbtNgay', 'deathNotice', {
      kind: 'date-partial',
      label: 'Ngày cấp giấy báo tử',
      labelEn: 'Death notice date',
      help: 'dd.mm.yyyy.',
    }),
    field('gbtCoQuanCap', 'deathNotice', {
      kind: 'text',
      label: 'Cơ quan cấp giấy báo tử',
      labelEn: 'Death notice issued by',
      help: 'Ví dụ Bệnh viện đa khoa tỉnh …',
    }),
    person({
      prefix: 'nyc',
      section: 'requester',
      role: 'requester',
      who: 'người đi khai tử',
      whoEn: 'Requester',
      suffixes: REQUESTER_SUFFIXES,
    }),
    abroadFields(),
  ],
  dateOrder: [
    { before: 'nktNgaySinh', after: 'nktNgayChet', code: 'death-before-birth' },
    { before: 'nktNgayChet', after: 'ngayDangKy', code: 'event-after-registration' },
    { before: 'nktNgayChet', after: 'gbtNgay', code: 'date-order' },
  ],
  duplicateKey: { person: 'nkt', related: [] },
  layouts: {
    default: {
      id: 'moj-kt-48',
      label: 'Mẫu Excel khai tử (48 cột, theo công cụ bên thứ ba)',
      source: 'hotich-import-templates.json templates.KT.columns',
    },
  },
});
