/**
 * The vocabulary register-type definitions are written in: field kinds, required levels,
 * sections, people and date-order facts. Only types and small data here; the definitions
 * themselves live in register-types/, and behaviour per kind lives in validation/.
 */

export const FIELD_KINDS = [
  'text',
  'name',
  'date-partial',
  'code',
  'ethnicity',
  'nationality',
  'place',
  'id-number',
  'number',
  'date-words',
  'registration-number',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** 'core' fields are an error when empty, unless the clerk marked them "không có trong sổ". */
export type RequiredLevel = 'core' | 'optional';

/** How a field feeds the blind index used for search. */
export type SearchUse = 'name' | 'id' | 'birthYear' | 'so';

export interface CodeList {
  /** Key of the list in hotich-import-templates.json codeLists, or a project list id. */
  readonly id: string;
  /** Code (as text, as it goes into the Excel cell) → Vietnamese label. */
  readonly codes: Readonly<Record<string, string>>;
}

/** Field → values of another field under which an otherwise core field may stay empty. */
export interface RequiredUnless {
  readonly key: string;
  readonly values: readonly string[];
}

export const SECTIONS = {
  book: { label: 'Thông tin sổ và việc đăng ký', labelEn: 'Register and registration' },
  registrant: { label: 'Người được đăng ký khai sinh', labelEn: 'Person whose birth is registered' },
  status: { label: 'Ghi chú tuyên bố, hủy tuyên bố', labelEn: 'Court declarations noted' },
  mother: { label: 'Mẹ', labelEn: 'Mother' },
  father: { label: 'Cha', labelEn: 'Father' },
  requester: { label: 'Người đi đăng ký (người yêu cầu)', labelEn: 'Person requesting' },
  abroad: { label: 'Việc đã đăng ký ở nước ngoài', labelEn: 'Registration made abroad' },
  deceased: { label: 'Người chết', labelEn: 'Deceased' },
  death: { label: 'Việc chết', labelEn: 'Death' },
  deathNotice: { label: 'Giấy báo tử hoặc giấy tờ thay thế', labelEn: 'Death notice or equivalent' },
  marriage: { label: 'Việc kết hôn', labelEn: 'Marriage' },
  husband: { label: 'Bên chồng', labelEn: 'Husband' },
  wife: { label: 'Bên vợ', labelEn: 'Wife' },
  confirmed: {
    label: 'Người được xác nhận tình trạng hôn nhân',
    labelEn: 'Person whose marital status is confirmed',
  },
  parentSide: { label: 'Bên cha, mẹ', labelEn: 'Parent' },
  childSide: { label: 'Bên con', labelEn: 'Child' },
  changedPerson: {
    label: 'Người được thay đổi, cải chính, bổ sung, xác định lại',
    labelEn: 'Person whose record is changed',
  },
  change: { label: 'Nội dung thay đổi, cải chính, bổ sung', labelEn: 'What changed' },
  original: { label: 'Việc hộ tịch đã đăng ký trước đó', labelEn: 'Original registration' },
  guardian: { label: 'Người giám hộ', labelEn: 'Guardian' },
  ward: { label: 'Người được giám hộ', labelEn: 'Ward' },
  guardianship: { label: 'Việc giám hộ, chấm dứt giám hộ', labelEn: 'Guardianship' },
  adoptiveFather: { label: 'Cha nuôi', labelEn: 'Adoptive father' },
  adoptiveMother: { label: 'Mẹ nuôi', labelEn: 'Adoptive mother' },
  adoptee: { label: 'Con nuôi', labelEn: 'Adopted child' },
  giver: {
    label: 'Cha mẹ đẻ, người giám hộ hoặc cơ sở nuôi dưỡng giao con nuôi',
    labelEn: 'Birth parent, guardian or institution giving the child',
  },
  adoption: { label: 'Việc nuôi con nuôi', labelEn: 'Adoption' },
  divorce: { label: 'Bản án, quyết định ly hôn, hủy kết hôn ở nước ngoài', labelEn: 'Foreign divorce or annulment' },
} as const satisfies Record<string, { label: string; labelEn: string }>;
export type SectionId = keyof typeof SECTIONS;

export interface FieldDef {
  readonly key: string;
  readonly label: string;
  readonly labelEn: string;
  readonly kind: FieldKind;
  readonly codeList?: CodeList;
  readonly required: RequiredLevel;
  readonly requiredUnless?: RequiredUnless;
  readonly section: SectionId;
  /** Vietnamese help shown next to the input. */
  readonly help: string;
  /** Carried forward to the next entry of the same book until the clerk changes it. */
  readonly bookConstant?: true;
  readonly search?: SearchUse;
  /** For date-words fields: the date field whose value they spell out. */
  readonly wordsFrom?: string;
  /** Free-text fields with usual wordings the form may offer. */
  readonly suggestions?: readonly string[];
  /**
   * The field only matters when this other field is filled (the date of a declaration when
   * there is a declaration, a paper number when there is a paper type). The form's Enter
   * passes over it while it and that field are empty, as CSPro skip logic does; Tab does not.
   */
  readonly appliesWhen?: string;
}

export type PersonRole =
  | 'subject'
  | 'child'
  | 'parent'
  | 'spouse'
  | 'requester'
  | 'guardian'
  | 'other';

export type Sex = 'male' | 'female';

/** A person's sex is either fixed by the role (mother, wife) or read from a coded field. */
export type SexSource = Sex | { readonly key: string; readonly map: Readonly<Record<string, Sex>> };

/** Where a person's facts live among an entry's fields, for cross-field rules. */
export interface PersonDef {
  readonly prefix: string;
  readonly section: SectionId;
  readonly role: PersonRole;
  readonly sex?: SexSource;
  readonly nameKey: string;
  readonly birthKey?: string;
  readonly personalIdKey?: string;
  readonly paperTypeKey?: string;
  readonly paperNumberKey?: string;
}

/** `before` must not be after `after`; `code` names the reason in issues. */
export interface DateOrderRule {
  readonly before: string;
  readonly after: string;
  readonly code: DateOrderCode;
}

export type DateOrderCode =
  | 'event-after-registration'
  | 'born-after-registration'
  | 'death-before-birth'
  | 'issued-before-birth'
  | 'date-order';

export interface ExcelLayout {
  readonly id: string;
  readonly label: string;
  /** Where the column order comes from, so a corrected template is a data change. */
  readonly source: string;
  /** Leading row-counter column that is not a keyed field. */
  readonly rowCounter?: string;
  /** Fields of the definition that this (older) layout does not have. */
  readonly omit?: readonly string[];
}

export interface RegisterTypeDef {
  readonly code: string;
  readonly version: number;
  readonly name: string;
  readonly nameEn: string;
  /** True when the field list follows a Ministry import template column for column. */
  readonly ministryTemplate: boolean;
  readonly fields: readonly FieldDef[];
  readonly people: readonly PersonDef[];
  readonly dateOrder: readonly DateOrderRule[];
  /** Date fields giving the marriage date, first non-empty wins (spouse age rules). */
  readonly marriageDateKeys: readonly string[];
  /** Person prefixes for the duplicate key: the main person, then whose name completes it. */
  readonly duplicateKey: { readonly person: string; readonly related: readonly string[] };
  readonly layouts: { readonly default: ExcelLayout } & Readonly<Record<string, ExcelLayout>>;
}
