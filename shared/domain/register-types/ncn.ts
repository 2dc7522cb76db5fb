/**
 * NCN — đăng ký nuôi con nuôi (adoption). No Ministry template is known: this is the
 * project's field set (see REGISTER-TYPES.md). Data only.
 */
import {
  abroadFields,
  bookFields,
  decisionFields,
  defineRegisterType,
  field,
  PAPERS,
  PROJECT_BOOK_KEYS,
  person,
  projectCodeList,
  projectLayout,
  RELATED_CORE,
  RESIDENCE,
  SUBJECT_CORE,
} from './builder';

const ADOPTER_SUFFIXES = ['HoTen', 'NgaySinh', 'DanToc', 'QuocTich', ...RESIDENCE, ...PAPERS] as const;

export const ncn = defineRegisterType({
  code: 'NCN',
  version: 1,
  name: 'Đăng ký nuôi con nuôi',
  nameEn: 'Adoption',
  ministryTemplate: false,
  blocks: [
    bookFields(
      PROJECT_BOOK_KEYS,
      projectCodeList('NCN.loaiDangKy', {
        '0': 'Không có thông tin',
        '1': 'Đăng ký nuôi con nuôi trong nước',
        '2': 'Đăng ký lại việc nuôi con nuôi',
        '3': 'Đăng ký việc nuôi con nuôi thực tế',
        '4': 'Đăng ký nuôi con nuôi có yếu tố nước ngoài',
        '5': 'Ghi vào sổ việc nuôi con nuôi đã giải quyết tại cơ quan có thẩm quyền nước ngoài',
      }),
    ),
    field('nguoiNhanNuoi', 'adoption', {
      kind: 'code',
      label: 'Người nhận nuôi',
      labelEn: 'Adopted by',
      help: 'Cả cha và mẹ nuôi, hay chỉ một người.',
      required: 'core',
      codeList: projectCodeList('NCN.nguoiNhanNuoi', {
        '1': 'Cha nuôi và mẹ nuôi',
        '2': 'Chỉ cha nuôi',
        '3': 'Chỉ mẹ nuôi',
      }),
    }),
    person({
      prefix: 'chaNuoi',
      section: 'adoptiveFather',
      role: 'parent',
      who: 'cha nuôi',
      whoEn: 'Adoptive father',
      suffixes: ADOPTER_SUFFIXES,
      core: RELATED_CORE,
      sex: 'male',
      requiredUnless: { key: 'nguoiNhanNuoi', values: ['3'] },
    }),
    person({
      prefix: 'meNuoi',
      section: 'adoptiveMother',
      role: 'parent',
      who: 'mẹ nuôi',
      whoEn: 'Adoptive mother',
      suffixes: ADOPTER_SUFFIXES,
      core: RELATED_CORE,
      sex: 'female',
      requiredUnless: { key: 'nguoiNhanNuoi', values: ['2'] },
    }),
    person({
      prefix: 'conNuoi',
      section: 'adoptee',
      role: 'child',
      who: 'con nuôi',
      whoEn: 'Adopted child',
      suffixes: ['SoDinhDanh', 'HoTen', 'GioiTinh', 'NgaySinh', 'NoiSinh', 'DanToc', 'QuocTich', 'NoiCuTru'],
      core: SUBJECT_CORE,
    }),
    field('conNuoiHoTenSauNhanNuoi', 'adoptee', {
      kind: 'name',
      label: 'Họ, chữ đệm và tên con nuôi sau khi nhận nuôi',
      labelEn: 'Adopted child: name after adoption',
      help: 'Chỉ khi sổ ghi việc thay đổi họ, tên của con nuôi.',
      search: 'name',
    }),
    person({
      prefix: 'ngcn',
      section: 'giver',
      role: 'other',
      who: 'người giao con nuôi',
      whoEn: 'Giver',
      suffixes: ['HoTen', 'QuanHe', 'NoiCuTru', ...PAPERS],
    }),
    field('ngayGiaoNhanConNuoi', 'adoption', {
      kind: 'date-partial',
      label: 'Ngày giao nhận con nuôi',
      labelEn: 'Date the child was handed over',
      help: 'Với nuôi con nuôi thực tế: ngày bắt đầu nuôi dưỡng như cha mẹ con.',
    }),
    field('canCu', 'adoption', {
      kind: 'text',
      label: 'Căn cứ',
      labelEn: 'Basis',
      help: 'Giấy tờ làm căn cứ, ghi như trong sổ.',
    }),
    decisionFields('adoption', 'công nhận việc nuôi con nuôi', 'adoption recognised'),
    abroadFields(),
  ],
  dateOrder: [{ before: 'conNuoiNgaySinh', after: 'ngayGiaoNhanConNuoi', code: 'date-order' }],
  duplicateKey: { person: 'conNuoi', related: ['meNuoi', 'chaNuoi'] },
  layouts: projectLayout('NCN'),
});
