/**
 * CMC — đăng ký nhận cha, mẹ, con (recognition of parentage), following the 50-column import
 * layout found in third-party tools (unconfirmed). Data only.
 */
import {
  abroadFields,
  bookFields,
  defineRegisterType,
  field,
  NATIONALITY,
  PAPERS,
  person,
  RELATED_CORE,
  RESIDENCE,
  SUBJECT_CORE,
  templateCodeList,
} from './builder';

const PERSON_SUFFIXES = ['HoTen', 'NgaySinh', 'DanToc', ...NATIONALITY, 'QueQuan', ...RESIDENCE, ...PAPERS] as const;

export const cmc = defineRegisterType({
  code: 'CMC',
  version: 1,
  name: 'Đăng ký nhận cha, mẹ, con',
  nameEn: 'Recognition of parentage',
  ministryTemplate: true,
  blocks: [
    bookFields(
      [
        'so',
        'quyenSo',
        'trangSo',
        field('quyetDinhSo', 'book', {
          kind: 'text',
          label: 'Số quyết định',
          labelEn: 'Decision number',
          help: 'Số quyết định công nhận việc nhận cha, mẹ, con, nếu sổ có ghi.',
        }),
        'ngayDangKy',
        'loaiDangKy',
        field('loaiXacNhan', 'book', {
          kind: 'code',
          label: 'Loại xác nhận',
          labelEn: 'Recognition type',
          help: 'Cha nhận con, mẹ nhận con, con nhận cha hoặc con nhận mẹ.',
          required: 'core',
          codeList: templateCodeList('CMC.loaiXacNhan'),
        }),
        'noiDangKy',
        'nguoiKy',
        'chucVuNguoiKy',
        'nguoiThucHien',
        'ghiChu',
      ],
      templateCodeList('CMC.loaiDangKy'),
    ),
    person({
      prefix: 'cm',
      section: 'parentSide',
      role: 'parent',
      who: 'cha/mẹ',
      whoEn: 'Parent',
      suffixes: PERSON_SUFFIXES,
      core: RELATED_CORE,
      // No sex column: the recognition type says whether the parent is the father or the mother.
      sex: { key: 'loaiXacNhan', map: { '1': 'male', '2': 'female', '3': 'male', '4': 'female' } },
    }),
    person({
      prefix: 'nc',
      section: 'childSide',
      role: 'child',
      who: 'con',
      whoEn: 'Child',
      suffixes: PERSON_SUFFIXES,
      core: SUBJECT_CORE,
    }),
    person({
      prefix: 'nyc',
      section: 'requester',
      role: 'requester',
      who: 'người yêu cầu',
      whoEn: 'Requester',
      suffixes: ['HoTen', 'QHNguoiDuocNhan', 'QHNguoiNhan', ...PAPERS],
    }),
    abroadFields(),
  ],
  duplicateKey: { person: 'nc', related: ['cm'] },
  layouts: {
    default: {
      id: 'moj-cmc-50',
      label: 'Mẫu Excel nhận cha, mẹ, con (50 cột, theo công cụ bên thứ ba)',
      source: 'hotich-import-templates.json templates.CMC.columns',
    },
  },
});
