/**
 * GCKH — ghi chú kết hôn: a marriage of a Vietnamese citizen registered abroad, written into
 * the Vietnamese register. No Ministry template is known: this is the project's field set
 * (see REGISTER-TYPES.md), reusing the marriage template's spouse and abroad columns. Data only.
 */
import {
  abroadFields,
  bookFields,
  defineRegisterType,
  FOREIGN_SPOUSE_CORE,
  PROJECT_BOOK_KEYS,
  person,
  projectCodeList,
  projectLayout,
  REQUESTER_SUFFIXES,
  SPOUSE_SUFFIXES,
} from './builder';

export const gckh = defineRegisterType({
  code: 'GCKH',
  version: 1,
  name: 'Ghi vào sổ việc kết hôn đã đăng ký ở nước ngoài (ghi chú kết hôn)',
  nameEn: 'Marriage registered abroad, noted in the register',
  ministryTemplate: false,
  blocks: [
    bookFields(
      PROJECT_BOOK_KEYS,
      projectCodeList('GCKH.loaiDangKy', {
        '0': 'Không có thông tin',
        '1': 'Kết hôn giữa công dân Việt Nam với nhau',
        '2': 'Kết hôn giữa công dân Việt Nam với người nước ngoài',
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
    abroadFields({
      required: 'core',
      so: {
        label: 'Số giấy chứng nhận kết hôn của nước ngoài',
        labelEn: 'Foreign marriage certificate number',
        help: 'Ghi như trên giấy tờ do cơ quan nước ngoài cấp.',
      },
      ngay: {
        label: 'Ngày đăng ký kết hôn ở nước ngoài',
        labelEn: 'Date of marriage abroad',
        help: 'dd.mm.yyyy.',
      },
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
  marriageDateKeys: ['ngayDangKyNuocNgoai'],
  duplicateKey: { person: 'chong', related: ['vo'] },
  layouts: projectLayout('GCKH'),
});
