/**
 * GCLH — ghi chú ly hôn: a divorce or annulment decided abroad, written into the Vietnamese
 * register. No Ministry template is known: this is the project's field set (see
 * REGISTER-TYPES.md), reusing the marriage template's spouse and abroad columns. Data only.
 */
import {
  abroadFields,
  bookFields,
  defineRegisterType,
  FOREIGN_SPOUSE_CORE,
  field,
  originalRegistration,
  PROJECT_BOOK_KEYS,
  person,
  projectCodeList,
  projectLayout,
  REQUESTER_SUFFIXES,
  SPOUSE_SUFFIXES,
} from './builder';

export const gclh = defineRegisterType({
  code: 'GCLH',
  version: 1,
  name: 'Ghi vào sổ việc ly hôn, hủy việc kết hôn đã giải quyết ở nước ngoài (ghi chú ly hôn)',
  nameEn: 'Divorce or annulment decided abroad, noted in the register',
  ministryTemplate: false,
  blocks: [
    bookFields(
      PROJECT_BOOK_KEYS,
      projectCodeList('GCLH.loaiDangKy', {
        '0': 'Không có thông tin',
        '1': 'Ly hôn theo bản án, quyết định của Tòa án nước ngoài',
        '2': 'Ly hôn theo giấy tờ khác của cơ quan có thẩm quyền nước ngoài',
        '3': 'Hủy việc kết hôn',
      }),
    ),
    person({
      prefix: 'chong',
      section: 'husband',
      role: 'spouse',
      who: 'chồng',
      whoEn: 'Husband',
      suffixes: SPOUSE_SUFFIXES,
      core: FOREIGN_SPOUSE_CORE,
      sex: 'male',
    }),
    person({
      prefix: 'vo',
      section: 'wife',
      role: 'spouse',
      who: 'vợ',
      whoEn: 'Wife',
      suffixes: SPOUSE_SUFFIXES,
      core: FOREIGN_SPOUSE_CORE,
      sex: 'female',
    }),
    originalRegistration('marriage', 'kết hôn', 'Marriage'),
    abroadFields({
      section: 'divorce',
      required: 'core',
      so: {
        label: 'Số bản án, quyết định',
        labelEn: 'Judgment or decision number',
        help: 'Số bản án, quyết định hoặc giấy tờ ly hôn, hủy kết hôn của nước ngoài.',
      },
      ngay: {
        label: 'Ngày bản án, quyết định',
        labelEn: 'Judgment or decision date',
        help: 'dd.mm.yyyy.',
      },
      cq: {
        label: 'Cơ quan nước ngoài đã giải quyết',
        labelEn: 'Foreign court or authority',
        help: 'Tên Tòa án hoặc cơ quan có thẩm quyền của nước ngoài.',
      },
    }),
    field('ngayCoHieuLuc', 'divorce', {
      kind: 'date-partial',
      label: 'Ngày bản án, quyết định có hiệu lực',
      labelEn: 'Effective date',
      help: 'dd.mm.yyyy, nếu sổ có ghi.',
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
  dateOrder: [
    { before: 'ngayDangKyGoc', after: 'ngayDangKyNuocNgoai', code: 'date-order' },
    { before: 'ngayDangKyNuocNgoai', after: 'ngayCoHieuLuc', code: 'date-order' },
  ],
  marriageDateKeys: ['ngayDangKyGoc'],
  duplicateKey: { person: 'chong', related: ['vo'] },
  layouts: projectLayout('GCLH'),
});
