/**
 * Small builders that keep register-type definitions short: the common book fields, person
 * blocks (name, birth, ethnicity, nationality, residence, papers…) and the abroad block, each
 * assembled from one catalogue so labels, kinds and help never drift between types. Builders
 * only produce plain data; they must not decide field order (callers list it, tests pin it).
 */
import templates from '../../data/hotich-import-templates.json';
import type {
  CodeList,
  DateOrderRule,
  ExcelLayout,
  FieldDef,
  FieldKind,
  PersonDef,
  PersonRole,
  RegisterTypeDef,
  RequiredLevel,
  RequiredUnless,
  SectionId,
  SexSource,
} from '../field-kinds';

type TemplateCodeListId = keyof typeof templates.codeLists;

/** Ministry code lists, minus the provenance keys ("_source", …) that sit beside the codes. */
export function templateCodeList(id: TemplateCodeListId): CodeList {
  const raw: Record<string, unknown> = templates.codeLists[id];
  // KH.tinhTrangKetHon only has labels upstream; its numeric codes are the documented guess.
  const inferred = raw['inferredNumeric'];
  const source = typeof inferred === 'object' && inferred !== null ? inferred : raw;
  const codes: Record<string, string> = {};
  for (const [code, label] of Object.entries(source)) {
    if (!code.startsWith('_') && typeof label === 'string') codes[code] = label;
  }
  return { id, codes };
}

export function projectCodeList(id: string, codes: Record<string, string>): CodeList {
  return { id, codes };
}

export const SUGGESTIONS_TINH_TRANG_HON_NHAN: readonly string[] =
  templates.codeLists['HN.nxnTinhTrangHonNhan.suggestions'].values;

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly label: string;
  readonly labelEn: string;
  readonly help: string;
  readonly required?: RequiredLevel;
  readonly codeList?: CodeList;
  readonly bookConstant?: true;
  readonly search?: FieldDef['search'];
  readonly wordsFrom?: string;
  readonly suggestions?: readonly string[];
  readonly requiredUnless?: RequiredUnless;
  readonly appliesWhen?: string;
}

export function field(key: string, section: SectionId, spec: FieldSpec): FieldDef {
  const { required = 'optional', ...rest } = spec;
  return { key, section, required, ...rest };
}

/** A run of fields plus the people and date-order facts it brings into the definition. */
export interface Block {
  readonly fields: readonly FieldDef[];
  readonly people?: readonly PersonDef[];
  readonly dateOrder?: readonly DateOrderRule[];
}

const REGISTRATION_NUMBER_HELP =
  'Ghi như trong sổ, dạng số/năm, ví dụ 01/2018; nếu sổ chỉ ghi số thì nhập số.';

const BOOK_CATALOGUE = {
  so: {
    kind: 'registration-number',
    label: 'Số đăng ký',
    labelEn: 'Registration number',
    help: REGISTRATION_NUMBER_HELP,
    required: 'core',
    search: 'so',
  },
  quyenSo: {
    kind: 'registration-number',
    label: 'Quyển số',
    labelEn: 'Book number',
    help: 'Quyển số ghi trên bìa sổ, dạng số/năm, ví dụ 01/2008.',
    required: 'core',
    bookConstant: true,
  },
  trangSo: {
    kind: 'number',
    label: 'Trang số',
    labelEn: 'Page',
    help: 'Trang của sổ có mục đăng ký này; giữ nguyên cho mục tiếp theo cho đến khi sang trang.',
    required: 'core',
    bookConstant: true,
  },
  ngayDangKy: {
    kind: 'date-partial',
    label: 'Ngày đăng ký',
    labelEn: 'Registration date',
    help: 'dd.mm.yyyy; nếu sổ thiếu ngày hoặc tháng thì mm.yyyy hoặc yyyy. Gõ nhanh 27102008.',
    required: 'core',
  },
  loaiDangKy: {
    kind: 'code',
    label: 'Loại đăng ký',
    labelEn: 'Type of registration',
    help: 'Chọn theo nội dung ghi trong sổ.',
    required: 'core',
  },
  noiDangKy: {
    kind: 'place',
    label: 'Nơi đăng ký',
    labelEn: 'Registering authority',
    help: 'Tên đầy đủ cơ quan đăng ký tại thời điểm đăng ký, ví dụ UBND xã An Nhơn, huyện Đạ Tẻh, tỉnh Lâm Đồng.',
    bookConstant: true,
  },
  noiCap: {
    kind: 'place',
    label: 'Cơ quan cấp',
    labelEn: 'Issuing authority',
    help: 'Tên đầy đủ cơ quan cấp giấy tại thời điểm cấp.',
    bookConstant: true,
  },
  nguoiKy: {
    kind: 'name',
    label: 'Người ký',
    labelEn: 'Signed by',
    help: 'Họ tên người ký giấy tờ hộ tịch, chữ in hoa có dấu.',
    bookConstant: true,
  },
  chucVuNguoiKy: {
    kind: 'text',
    label: 'Chức vụ người ký',
    labelEn: "Signer's position",
    help: 'Ví dụ: Chủ tịch, Phó Chủ tịch.',
    bookConstant: true,
  },
  nguoiThucHien: {
    kind: 'name',
    label: 'Người thực hiện',
    labelEn: 'Civil-status officer',
    help: 'Công chức tư pháp - hộ tịch ghi sổ.',
    bookConstant: true,
  },
  ghiChu: {
    kind: 'text',
    label: 'Ghi chú',
    labelEn: 'Notes',
    help: 'Nội dung cột ghi chú của sổ.',
  },
} as const satisfies Record<string, FieldSpec>;
export type BookKey = keyof typeof BOOK_CATALOGUE;

/**
 * The register's own columns in the caller's order; `loaiDangKy` gets the type's code list.
 * Items may be FieldDefs to place type-specific fields inside the run, as the templates do.
 */
export function bookFields(items: readonly (BookKey | FieldDef)[], loaiDangKy?: CodeList): Block {
  const fields = items.map((item) => {
    if (typeof item !== 'string') return item;
    const spec: FieldSpec = BOOK_CATALOGUE[item];
    return field(item, 'book', item === 'loaiDangKy' && loaiDangKy ? { ...spec, codeList: loaiDangKy } : spec);
  });
  return { fields };
}

const PAPER_CODES = templateCodeList('loaiGiayToTuyThan');
const SEX_CODES = templateCodeList('gioiTinh');
const RESIDENCE_CODES = templateCodeList('loaiCuTru');

const PERSON_CATALOGUE = {
  SoDinhDanh: {
    kind: 'id-number',
    label: 'Số định danh cá nhân',
    labelEn: 'personal ID number',
    help: '12 chữ số; đa số mục cũ không có.',
    search: 'id',
  },
  HoTen: {
    kind: 'name',
    label: 'Họ, chữ đệm và tên',
    labelEn: 'full name',
    help: 'Chữ in hoa, đủ dấu, đúng như trong sổ.',
    search: 'name',
  },
  GioiTinh: { kind: 'code', label: 'Giới tính', labelEn: 'sex', help: 'Chọn Nam, Nữ hoặc Không xác định.', codeList: SEX_CODES },
  NgaySinh: {
    kind: 'date-partial',
    label: 'Ngày sinh',
    labelEn: 'date of birth',
    help: 'dd.mm.yyyy, hoặc mm.yyyy / yyyy nếu sổ chỉ ghi tháng hoặc năm sinh.',
    search: 'birthYear',
  },
  NgaySinhBangChu: {
    kind: 'date-words',
    label: 'Ngày sinh bằng chữ',
    labelEn: 'date of birth in words',
    help: 'Tự điền từ ngày sinh; sửa nếu sổ ghi khác.',
  },
  NoiSinh: { kind: 'place', label: 'Nơi sinh', labelEn: 'place of birth', help: 'Ghi như trong sổ, ví dụ Trạm y tế xã …' },
  NoiSinhDVHC: {
    kind: 'place',
    label: 'Nơi sinh (đơn vị hành chính)',
    labelEn: 'place of birth (administrative unit)',
    help: 'Xã, huyện, tỉnh nơi sinh theo tên tại thời điểm đăng ký.',
  },
  QueQuan: { kind: 'place', label: 'Quê quán', labelEn: 'place of origin', help: 'Ghi như trong sổ.' },
  DanToc: {
    kind: 'ethnicity',
    label: 'Dân tộc',
    labelEn: 'ethnicity',
    help: 'Tên dân tộc theo danh mục (ví dụ Kinh, Mông); tên cũ như "Mèo" sẽ được gợi ý tên hiện hành.',
  },
  QuocTich: { kind: 'nationality', label: 'Quốc tịch', labelEn: 'nationality', help: 'Tên nước, ví dụ Việt Nam.' },
  QuocTichStr: {
    kind: 'text',
    label: 'Quốc tịch (chuỗi)',
    labelEn: 'nationality (text)',
    help: 'Cột mới của mẫu Bộ Tư pháp, chưa rõ mục đích; thường để trống.',
  },
  QuocTichKhac: {
    kind: 'nationality',
    label: 'Quốc tịch khác',
    labelEn: 'other nationality',
    help: 'Chỉ ghi khi có quốc tịch thứ hai.',
  },
  QuocTichKhacStr: {
    kind: 'text',
    label: 'Quốc tịch khác (chuỗi)',
    labelEn: 'other nationality (text)',
    help: 'Cột mới của mẫu Bộ Tư pháp, chưa rõ mục đích; thường để trống.',
  },
  LoaiCuTru: {
    kind: 'code',
    label: 'Loại cư trú',
    labelEn: 'residence type',
    help: 'Thường trú, tạm trú, hoặc không có thông tin.',
    codeList: RESIDENCE_CODES,
  },
  NoiCuTru: { kind: 'place', label: 'Nơi cư trú', labelEn: 'residence', help: 'Ghi như trong sổ.' },
  LoaiGiayToTuyThan: {
    kind: 'code',
    label: 'Loại giấy tờ tùy thân',
    labelEn: 'identity paper type',
    help: 'Chỉ chọn khi sổ ghi giấy tờ tùy thân.',
    codeList: PAPER_CODES,
  },
  GiayToKhac: {
    kind: 'text',
    label: 'Tên giấy tờ khác của {who}',
    labelEn: 'other paper name',
    help: 'Khi loại giấy tờ là "Giấy tờ khác".',
  },
  SoGiayToTuyThan: {
    kind: 'id-number',
    label: 'Số giấy tờ tùy thân',
    labelEn: 'identity paper number',
    help: 'Giữ nguyên số 0 ở đầu; CMND có 9 hoặc 12 chữ số.',
    search: 'id',
  },
  NgayCapGiayToTuyThan: {
    kind: 'date-partial',
    label: 'Ngày cấp giấy tờ tùy thân',
    labelEn: 'identity paper issue date',
    help: 'dd.mm.yyyy.',
  },
  NoiCapGiayToTuyThan: {
    kind: 'text',
    label: 'Nơi cấp giấy tờ tùy thân',
    labelEn: 'identity paper issued by',
    help: 'Ví dụ Công an tỉnh Nghệ An.',
  },
  QuanHe: {
    kind: 'text',
    label: 'Quan hệ của {who} với người được đăng ký',
    labelEn: 'relationship to the registered person',
    help: 'Ví dụ Cha, Mẹ, Ông, Con.',
  },
  QHNguoiDuocNhan: {
    kind: 'text',
    label: 'Quan hệ của {who} với người được nhận',
    labelEn: 'relationship to the person recognised',
    help: 'Ví dụ Cha, Mẹ, Bản thân.',
  },
  QHNguoiNhan: {
    kind: 'text',
    label: 'Quan hệ của {who} với người nhận',
    labelEn: 'relationship to the person recognising',
    help: 'Ví dụ Cha, Mẹ, Bản thân.',
  },
} as const satisfies Record<string, FieldSpec>;
export type PersonSuffix = keyof typeof PERSON_CATALOGUE;

/** Within a person block: fields that only matter once another of the person's fields is filled. */
const DEPENDS_ON: Partial<Record<PersonSuffix, PersonSuffix>> = {
  QuocTichKhacStr: 'QuocTichKhac',
  GiayToKhac: 'LoaiGiayToTuyThan',
  SoGiayToTuyThan: 'LoaiGiayToTuyThan',
  NgayCapGiayToTuyThan: 'LoaiGiayToTuyThan',
  NoiCapGiayToTuyThan: 'LoaiGiayToTuyThan',
};

/** Suffix groups that recur in the templates in this order. */
export const NATIONALITY = ['QuocTich', 'QuocTichKhac'] as const satisfies readonly PersonSuffix[];
export const RESIDENCE = ['LoaiCuTru', 'NoiCuTru'] as const satisfies readonly PersonSuffix[];
export const PAPERS = [
  'LoaiGiayToTuyThan',
  'GiayToKhac',
  'SoGiayToTuyThan',
  'NgayCapGiayToTuyThan',
  'NoiCapGiayToTuyThan',
] as const satisfies readonly PersonSuffix[];

export const REQUESTER_SUFFIXES = ['HoTen', 'QuanHe', ...PAPERS] as const satisfies readonly PersonSuffix[];

/** Spouse block of the marriage template, reused by the project's marriage-note types. */
export const SPOUSE_SUFFIXES = [
  'HoTen',
  'NgaySinh',
  'DanToc',
  ...NATIONALITY,
  ...RESIDENCE,
  ...PAPERS,
] as const satisfies readonly PersonSuffix[];

/** Core set of the person a register is about, and of a parent or spouse (DOMAIN.md §2). */
export const SUBJECT_CORE = ['HoTen', 'GioiTinh', 'NgaySinh', 'DanToc', 'QuocTich'] as const;
export const RELATED_CORE = ['HoTen', 'NgaySinh', 'DanToc', 'QuocTich', 'LoaiCuTru'] as const;
/** A foreign spouse's ethnicity and residence type are often not written; name, birth and nationality are. */
export const FOREIGN_SPOUSE_CORE = ['HoTen', 'NgaySinh', 'QuocTich'] as const;

/** Labels get the person appended ("Dân tộc mẹ") or put where "{who}" stands. */
export interface PersonSpec {
  readonly prefix: string;
  readonly section: SectionId;
  readonly role: PersonRole;
  /** "mẹ", "người chết" …: completes the field labels. */
  readonly who: string;
  readonly whoEn: string;
  readonly suffixes: readonly PersonSuffix[];
  readonly core?: readonly PersonSuffix[];
  /** Key of the personal-ID column when the template spells it differently (SoDinhDanhCaNhan). */
  readonly personalIdKey?: string;
  /** Fixed sex or a coded field; defaults to the block's own GioiTinh when it has one. */
  readonly sex?: SexSource;
  /** Core fields may stay empty when this other field says the person is unknown. */
  readonly requiredUnless?: RequiredUnless;
}

const SEX_FROM_CODE = { '1': 'male', '2': 'female' } as const;

/**
 * One person's fields in the given suffix order, plus the facts rules need: where the name,
 * birth, sex and papers are, born no later than registration, papers issued after birth.
 */
export function person(spec: PersonSpec): Block {
  // A core suffix the block lacks (no GioiTinh column in CMC) simply does not apply.
  const core = new Set<PersonSuffix>(spec.core ?? []);
  const keyOf = (suffix: PersonSuffix): string =>
    suffix === 'SoDinhDanh' && spec.personalIdKey ? spec.personalIdKey : `${spec.prefix}${suffix}`;
  const has = (suffix: PersonSuffix): string | undefined =>
    spec.suffixes.includes(suffix) ? keyOf(suffix) : undefined;

  const fields = spec.suffixes.map((suffix) => {
    const base: FieldSpec = PERSON_CATALOGUE[suffix];
    const isCore = core.has(suffix);
    const leader = DEPENDS_ON[suffix];
    return field(keyOf(suffix), spec.section, {
      ...base,
      label: base.label.includes('{who}') ? base.label.replace('{who}', spec.who) : `${base.label} ${spec.who}`,
      labelEn: `${spec.whoEn}: ${base.labelEn}`,
      required: isCore ? 'core' : 'optional',
      ...(isCore && spec.requiredUnless ? { requiredUnless: spec.requiredUnless } : {}),
      ...(suffix === 'NgaySinhBangChu' ? { wordsFrom: keyOf('NgaySinh') } : {}),
      ...(leader && has(leader) ? { appliesWhen: keyOf(leader) } : {}),
    });
  });

  const sexKey = has('GioiTinh');
  const sex = spec.sex ?? (sexKey ? { key: sexKey, map: SEX_FROM_CODE } : undefined);
  const birthKey = has('NgaySinh');
  const issuedKey = has('NgayCapGiayToTuyThan');
  const personDef: PersonDef = {
    prefix: spec.prefix,
    section: spec.section,
    role: spec.role,
    nameKey: keyOf('HoTen'),
    ...(sex ? { sex } : {}),
    ...(birthKey ? { birthKey } : {}),
    ...(has('SoDinhDanh') ? { personalIdKey: keyOf('SoDinhDanh') } : {}),
    ...(has('LoaiGiayToTuyThan') ? { paperTypeKey: keyOf('LoaiGiayToTuyThan') } : {}),
    ...(has('SoGiayToTuyThan') ? { paperNumberKey: keyOf('SoGiayToTuyThan') } : {}),
  };
  const dateOrder: DateOrderRule[] = [];
  if (birthKey) {
    dateOrder.push({ before: birthKey, after: 'ngayDangKy', code: 'born-after-registration' });
    if (issuedKey) dateOrder.push({ before: birthKey, after: issuedKey, code: 'issued-before-birth' });
  }
  return { fields, people: [personDef], dateOrder };
}

type LabelOverride = Pick<FieldSpec, 'label' | 'labelEn' | 'help'>;

export interface AbroadOptions {
  readonly section?: SectionId;
  readonly so?: LabelOverride;
  readonly ngay?: LabelOverride;
  readonly cq?: LabelOverride;
  readonly required?: RequiredLevel;
}

/**
 * The four columns for a fact first registered or decided abroad ("ghi vào sổ"); the foreign
 * date cannot be after the Vietnamese entry.
 */
export function abroadFields(options: AbroadOptions = {}): Block {
  const required = options.required ?? 'optional';
  const section = options.section ?? 'abroad';
  return {
    fields: [
      field('soDangKyNuocNgoai', section, {
        kind: 'text',
        label: 'Số đăng ký ở nước ngoài',
        labelEn: 'Foreign registration number',
        help: 'Số của giấy tờ do cơ quan nước ngoài cấp.',
        ...options.so,
      }),
      field('ngayDangKyNuocNgoai', section, {
        kind: 'date-partial',
        label: 'Ngày đăng ký ở nước ngoài',
        labelEn: 'Foreign registration date',
        help: 'dd.mm.yyyy.',
        required,
        ...options.ngay,
      }),
      field('cqNuocNgoaiDaDangKy', section, {
        kind: 'text',
        label: 'Cơ quan nước ngoài đã đăng ký',
        labelEn: 'Foreign authority',
        help: 'Tên cơ quan có thẩm quyền của nước ngoài.',
        required,
        ...options.cq,
      }),
      field('qgNuocNgoaiDaDangKy', section, {
        kind: 'nationality',
        label: 'Quốc gia đã đăng ký',
        labelEn: 'Country of registration',
        help: 'Tên nước theo danh mục, ví dụ Hàn Quốc.',
        required,
      }),
    ],
    dateOrder: [{ before: 'ngayDangKyNuocNgoai', after: 'ngayDangKy', code: 'event-after-registration' }],
  };
}

/** Book columns of every project-defined type, in the Ministry templates' usual order. */
export const PROJECT_BOOK_KEYS = [
  'so',
  'quyenSo',
  'trangSo',
  'ngayDangKy',
  'loaiDangKy',
  'noiDangKy',
  'nguoiKy',
  'chucVuNguoiKy',
  'nguoiThucHien',
  'ghiChu',
] as const satisfies readonly BookKey[];

/**
 * The earlier registration an entry refers to (the birth being corrected, the guardianship
 * being ended, the marriage being dissolved). Numbers are free text: they come from other
 * books and eras. It must predate this entry.
 */
export function originalRegistration(section: SectionId, what: string, whatEn: string): Block {
  const spec = (kind: FieldKind, label: string, labelEn: string, help: string): FieldSpec => ({
    kind,
    label: `${label} ${what}`,
    labelEn: `${whatEn}: ${labelEn}`,
    help,
  });
  return {
    fields: [
      field('soDangKyGoc', section, spec('text', 'Số đăng ký', 'registration number', 'Ghi như trong sổ hoặc giấy tờ.')),
      field('quyenSoGoc', section, spec('text', 'Quyển số', 'book number', 'Ghi như trong sổ hoặc giấy tờ.')),
      field('ngayDangKyGoc', section, spec('date-partial', 'Ngày đăng ký', 'registration date', 'dd.mm.yyyy, hoặc mm.yyyy / yyyy.')),
      field('noiDangKyGoc', section, spec('place', 'Nơi đăng ký', 'registered at', 'Tên cơ quan đăng ký tại thời điểm đó.')),
    ],
    dateOrder: [{ before: 'ngayDangKyGoc', after: 'ngayDangKy', code: 'date-order' }],
  };
}

/** Decision number and date, for acts that older rules decided by a chairman's decision. */
export function decisionFields(section: SectionId, what: string, whatEn: string): Block {
  return {
    fields: [
      field('quyetDinhSo', section, {
        kind: 'text',
        label: `Số quyết định ${what}`,
        labelEn: `Decision number (${whatEn})`,
        help: 'Chỉ khi sổ ghi số quyết định.',
      }),
      field('ngayQuyetDinh', section, {
        kind: 'date-partial',
        label: `Ngày quyết định ${what}`,
        labelEn: `Decision date (${whatEn})`,
        help: 'dd.mm.yyyy.',
      }),
    ],
  };
}

export interface RegisterTypeSpec {
  readonly code: string;
  readonly version: number;
  readonly name: string;
  readonly nameEn: string;
  readonly ministryTemplate: boolean;
  readonly blocks: readonly (Block | FieldDef)[];
  readonly dateOrder?: readonly DateOrderRule[];
  readonly marriageDateKeys?: readonly string[];
  readonly duplicateKey: RegisterTypeDef['duplicateKey'];
  readonly layouts: RegisterTypeDef['layouts'];
}

const isBlock = (item: Block | FieldDef): item is Block => 'fields' in item;

/** Flattens blocks in order; field keys must be unique (checked by tests over all types). */
export function defineRegisterType(spec: RegisterTypeSpec): RegisterTypeDef {
  const blocks = spec.blocks.map((item) => (isBlock(item) ? item : { fields: [item] }));
  return {
    code: spec.code,
    version: spec.version,
    name: spec.name,
    nameEn: spec.nameEn,
    ministryTemplate: spec.ministryTemplate,
    fields: blocks.flatMap((b) => b.fields),
    people: blocks.flatMap((b) => b.people ?? []),
    dateOrder: [...blocks.flatMap((b) => b.dateOrder ?? []), ...(spec.dateOrder ?? [])],
    marriageDateKeys: spec.marriageDateKeys ?? [],
    duplicateKey: spec.duplicateKey,
    layouts: spec.layouts,
  };
}

/** The layout the project itself defines for registers without a known Ministry template. */
export function projectLayout(code: string): { default: ExcelLayout } {
  return {
    default: {
      id: `sohoa-${code.toLowerCase()}-v1`,
      label: 'Mẫu Excel của dự án (chưa có mẫu Bộ Tư pháp)',
      source: 'shared/domain/REGISTER-TYPES.md',
      rowCounter: 'STT',
    },
  };
}
