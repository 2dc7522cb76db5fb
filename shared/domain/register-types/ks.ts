/**
 * KS — đăng ký khai sinh (birth), following the Ministry's 70-column import template column
 * for column; the 60-column layout of older tools is kept as a second layout. Data only.
 */
import type { FieldDef } from '../field-kinds';
import {
  abroadFields,
  bookFields,
  defineRegisterType,
  field,
  person,
  RELATED_CORE,
  REQUESTER_SUFFIXES,
  RESIDENCE,
  SUBJECT_CORE,
  templateCodeList,
} from './builder';

const DECLARATION_CODES = templateCodeList('nksMatTich|nksHanCheNangLucHanhVi');

/** A court declaration noted in the margin: flag, note date and basis, then the same for its cancellation. */
function declaration(base: string, what: string, whatEn: string, cancelBasisKey: string): FieldDef[] {
  const date = (key: string, label: string, labelEn: string): FieldDef =>
    field(key, 'status', { kind: 'date-partial', label, labelEn, help: 'Ngày ghi chú vào sổ, dd.mm.yyyy.', appliesWhen: base });
  const basis = (key: string, label: string, labelEn: string): FieldDef =>
    field(key, 'status', { kind: 'text', label, labelEn, help: 'Số, ngày bản án hoặc quyết định của Tòa án.', appliesWhen: base });
  return [
    field(base, 'status', {
      kind: 'code',
      label: `Tuyên bố ${what}`,
      labelEn: `Declared ${whatEn}`,
      help: 'Chỉ chọn khi sổ có ghi chú tuyên bố hoặc hủy tuyên bố.',
      codeList: DECLARATION_CODES,
    }),
    date(`${base}NgayGhiChuTuyenBo`, `Ngày ghi chú tuyên bố ${what}`, `Declared ${whatEn}: note date`),
    basis(`${base}CanCuTuyenBo`, `Căn cứ tuyên bố ${what}`, `Declared ${whatEn}: basis`),
    date(`${base}NgayGhiChuHuyTuyenBo`, `Ngày ghi chú hủy tuyên bố ${what}`, `Declaration of ${whatEn} cancelled: note date`),
    basis(cancelBasisKey, `Căn cứ hủy tuyên bố ${what}`, `Declaration of ${whatEn} cancelled: basis`),
  ];
}

/** The mother (father) may be absent only when the birth type says she (he) is unknown. */
const MOTHER_UNKNOWN = { key: 'nksLoaiKhaiSinh', values: ['2', '4', '5'] } as const;
const FATHER_UNKNOWN = { key: 'nksLoaiKhaiSinh', values: ['3', '4', '5'] } as const;

const PARENT_SUFFIXES = [
  'SoDinhDanh',
  'HoTen',
  'NgaySinh',
  'DanToc',
  'QuocTich',
  'QuocTichStr',
  'QuocTichKhac',
  'QuocTichKhacStr',
  ...RESIDENCE,
  'LoaiGiayToTuyThan',
  'SoGiayToTuyThan',
] as const;

export const ks = defineRegisterType({
  code: 'KS',
  version: 1,
  name: 'Đăng ký khai sinh',
  nameEn: 'Birth registration',
  ministryTemplate: true,
  blocks: [
    bookFields(
      ['so', 'quyenSo', 'trangSo', 'ngayDangKy', 'loaiDangKy', 'noiDangKy', 'nguoiKy', 'chucVuNguoiKy', 'nguoiThucHien', 'ghiChu'],
      templateCodeList('KS.loaiDangKy'),
    ),
    person({
      prefix: 'nks',
      section: 'registrant',
      role: 'child',
      who: 'người được khai sinh',
      whoEn: 'Registered person',
      suffixes: [
        'SoDinhDanh',
        'HoTen',
        'GioiTinh',
        'NgaySinh',
        'NgaySinhBangChu',
        'NoiSinh',
        'NoiSinhDVHC',
        'QueQuan',
        'DanToc',
        'QuocTich',
        'QuocTichStr',
        'QuocTichKhac',
        'QuocTichKhacStr',
      ],
      core: SUBJECT_CORE,
    }),
    field('nksLoaiKhaiSinh', 'registrant', {
      kind: 'code',
      label: 'Loại khai sinh',
      labelEn: 'Birth registration case',
      help: 'Đã xác định cả cha và mẹ, chưa xác định cha hoặc mẹ, hoặc trẻ bị bỏ rơi.',
      codeList: templateCodeList('nksLoaiKhaiSinh'),
    }),
    ...declaration('nksMatTich', 'mất tích', 'missing', 'nksMatTichCanCuHuyTuyenBo'),
    ...declaration(
      'nksHanCheNangLucHanhVi',
      'hạn chế năng lực hành vi dân sự',
      'of limited legal capacity',
      // Spelled "NgayCanCu" in the Ministry template; kept as is so the column matches.
      'nksHanCheNangLucHanhViNgayCanCuHuyTuyenBo',
    ),
    person({
      prefix: 'me',
      section: 'mother',
      role: 'parent',
      who: 'mẹ',
      whoEn: 'Mother',
      suffixes: PARENT_SUFFIXES,
      personalIdKey: 'meSoDinhDanhCaNhan',
      core: RELATED_CORE,
      sex: 'female',
      requiredUnless: MOTHER_UNKNOWN,
    }),
    person({
      prefix: 'cha',
      section: 'father',
      role: 'parent',
      who: 'cha',
      whoEn: 'Father',
      suffixes: PARENT_SUFFIXES,
      personalIdKey: 'chaSoDinhDanhCaNhan',
      core: RELATED_CORE,
      sex: 'male',
      requiredUnless: FATHER_UNKNOWN,
    }),
    person({
      prefix: 'nyc',
      section: 'requester',
      role: 'requester',
      who: 'người đi khai sinh',
      whoEn: 'Requester',
      suffixes: REQUESTER_SUFFIXES,
    }),
    abroadFields(),
  ],
  duplicateKey: { person: 'nks', related: ['me', 'cha'] },
  layouts: {
    default: {
      id: 'moj-ks-70',
      label: 'Mẫu Excel khai sinh của Bộ Tư pháp (70 cột)',
      source: 'hotich-import-templates.json templates.KS.columns (TeamplateDangKyKhaiSinh.xlsx, 2024)',
      rowCounter: 'STT',
    },
    older: {
      id: 'moj-ks-60',
      label: 'Mẫu Excel khai sinh cũ (60 cột)',
      source: 'hotich-import-templates.json templates.KS.olderColumns',
      omit: [
        'nksSoDinhDanh',
        'nksQuocTichStr',
        'nksQuocTichKhacStr',
        'meSoDinhDanhCaNhan',
        'meQuocTichStr',
        'meQuocTichKhacStr',
        'chaSoDinhDanhCaNhan',
        'chaQuocTichStr',
        'chaQuocTichKhacStr',
      ],
    },
  },
});
