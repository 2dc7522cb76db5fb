/**
 * KH — đăng ký kết hôn (marriage), following the 44-column import layout found in third-party
 * tools (unconfirmed as the Ministry's current one). Data only.
 */
import {
  abroadFields,
  bookFields,
  defineRegisterType,
  field,
  person,
  RELATED_CORE,
  SPOUSE_SUFFIXES,
  templateCodeList,
} from './builder';

const noteDateHelp = 'Ngày ghi chú vào sổ, dd.mm.yyyy.';
const basisHelp = 'Số, ngày bản án hoặc quyết định của Tòa án.';

export const kh = defineRegisterType({
  code: 'KH',
  version: 1,
  name: 'Đăng ký kết hôn',
  nameEn: 'Marriage registration',
  ministryTemplate: true,
  blocks: [
    bookFields(
      [
        'so',
        'quyenSo',
        'trangSo',
        'ngayDangKy',
        'loaiDangKy',
        'noiDangKy',
        'nguoiKy',
        'chucVuNguoiKy',
        field('ngayXacLapQuanHeHonNhan', 'marriage', {
          kind: 'date-partial',
          label: 'Ngày xác lập quan hệ hôn nhân',
          labelEn: 'Date the marriage began',
          help: 'Chỉ với cặp chung sống như vợ chồng trước ngày 03.01.1987 được công nhận; dd.mm.yyyy hoặc mm.yyyy / yyyy.',
        }),
        'nguoiThucHien',
        'ghiChu',
      ],
      templateCodeList('KH.loaiDangKy'),
    ),
    field('tinhTrangKetHon', 'marriage', {
      kind: 'code',
      label: 'Tình trạng kết hôn',
      labelEn: 'Marriage record status',
      help: 'Chỉ chọn khi sổ có ghi chú ly hôn, hủy hoặc công nhận việc kết hôn.',
      codeList: templateCodeList('KH.tinhTrangKetHon'),
    }),
    field('huyKetHonNgayGhiChu', 'marriage', {
      kind: 'date-partial',
      label: 'Ngày ghi chú hủy việc kết hôn',
      labelEn: 'Annulment: note date',
      help: noteDateHelp,
    }),
    field('huyKetHonCanCu', 'marriage', { kind: 'text', label: 'Căn cứ hủy việc kết hôn', labelEn: 'Annulment: basis', help: basisHelp }),
    field('congNhanKetHonNgayGhiChu', 'marriage', {
      kind: 'date-partial',
      label: 'Ngày ghi chú công nhận việc kết hôn',
      labelEn: 'Recognition: note date',
      help: noteDateHelp,
    }),
    field('congNhanKetHonCanCu', 'marriage', {
      kind: 'text',
      label: 'Căn cứ công nhận việc kết hôn',
      labelEn: 'Recognition: basis',
      help: basisHelp,
    }),
    person({
      prefix: 'chong',
      section: 'husband',
      role: 'spouse',
      who: 'chồng',
      whoEn: 'Husband',
      suffixes: SPOUSE_SUFFIXES,
      core: RELATED_CORE,
      sex: 'male',
    }),
    person({
      prefix: 'vo',
      section: 'wife',
      role: 'spouse',
      who: 'vợ',
      whoEn: 'Wife',
      suffixes: SPOUSE_SUFFIXES,
      core: RELATED_CORE,
      sex: 'female',
    }),
    abroadFields(),
  ],
  dateOrder: [
    { before: 'ngayXacLapQuanHeHonNhan', after: 'ngayDangKy', code: 'event-after-registration' },
    { before: 'ngayDangKy', after: 'huyKetHonNgayGhiChu', code: 'date-order' },
    { before: 'ngayDangKy', after: 'congNhanKetHonNgayGhiChu', code: 'date-order' },
  ],
  marriageDateKeys: ['ngayXacLapQuanHeHonNhan', 'ngayDangKy'],
  duplicateKey: { person: 'chong', related: ['vo'] },
  layouts: {
    default: {
      id: 'moj-kh-44',
      label: 'Mẫu Excel kết hôn (44 cột, theo công cụ bên thứ ba)',
      source: 'hotich-import-templates.json templates.KH.columns',
    },
  },
});
