/**
 * GH — đăng ký giám hộ, chấm dứt giám hộ (guardianship). No Ministry template is known: this
 * is the project's field set (see REGISTER-TYPES.md). Data only.
 */
import {
  bookFields,
  defineRegisterType,
  field,
  originalRegistration,
  PAPERS,
  PROJECT_BOOK_KEYS,
  person,
  projectCodeList,
  projectLayout,
  RELATED_CORE,
  REQUESTER_SUFFIXES,
  RESIDENCE,
  SUBJECT_CORE,
} from './builder';

export const gh = defineRegisterType({
  code: 'GH',
  version: 1,
  name: 'Đăng ký giám hộ, chấm dứt giám hộ',
  nameEn: 'Guardianship and its termination',
  ministryTemplate: false,
  blocks: [
    bookFields(
      PROJECT_BOOK_KEYS,
      projectCodeList('GH.loaiDangKy', {
        '0': 'Không có thông tin',
        '1': 'Đăng ký giám hộ cử',
        '2': 'Đăng ký giám hộ đương nhiên',
        '3': 'Đăng ký chấm dứt giám hộ',
        '4': 'Đăng ký thay đổi người giám hộ',
      }),
    ),
    person({
      prefix: 'ngh',
      section: 'guardian',
      role: 'guardian',
      who: 'người giám hộ',
      whoEn: 'Guardian',
      suffixes: ['HoTen', 'GioiTinh', 'NgaySinh', 'DanToc', 'QuocTich', ...RESIDENCE, ...PAPERS],
      core: RELATED_CORE,
    }),
    person({
      prefix: 'ndgh',
      section: 'ward',
      role: 'subject',
      who: 'người được giám hộ',
      whoEn: 'Ward',
      suffixes: [
        'SoDinhDanh',
        'HoTen',
        'GioiTinh',
        'NgaySinh',
        'NoiSinh',
        'DanToc',
        'QuocTich',
        ...RESIDENCE,
        'LoaiGiayToTuyThan',
        'SoGiayToTuyThan',
      ],
      core: SUBJECT_CORE,
    }),
    field('quanHeGiamHo', 'guardianship', {
      kind: 'text',
      label: 'Quan hệ giữa người giám hộ và người được giám hộ',
      labelEn: 'Relationship of guardian to ward',
      help: 'Ví dụ: anh ruột, ông nội, bà ngoại.',
    }),
    field('canCuGiamHo', 'guardianship', {
      kind: 'text',
      label: 'Căn cứ giám hộ',
      labelEn: 'Basis of the guardianship',
      help: 'Văn bản cử người giám hộ, hoặc căn cứ giám hộ đương nhiên, ghi như trong sổ.',
    }),
    field('ngayChamDutGiamHo', 'guardianship', {
      kind: 'date-partial',
      label: 'Ngày chấm dứt giám hộ',
      labelEn: 'Guardianship ended on',
      help: 'Chỉ với đăng ký chấm dứt hoặc thay đổi giám hộ.',
    }),
    field('lyDoChamDutGiamHo', 'guardianship', {
      kind: 'text',
      label: 'Lý do chấm dứt giám hộ',
      labelEn: 'Reason the guardianship ended',
      help: 'Ví dụ: người được giám hộ đã thành niên.',
    }),
    originalRegistration('guardianship', 'việc giám hộ trước đó', 'Earlier guardianship'),
    person({
      prefix: 'nyc',
      section: 'requester',
      role: 'requester',
      who: 'người yêu cầu',
      whoEn: 'Requester',
      suffixes: REQUESTER_SUFFIXES,
    }),
  ],
  dateOrder: [{ before: 'ngayDangKyGoc', after: 'ngayChamDutGiamHo', code: 'date-order' }],
  duplicateKey: { person: 'ndgh', related: ['ngh'] },
  layouts: projectLayout('GH'),
});
