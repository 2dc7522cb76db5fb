/**
 * File names of what goes to the Ministry system, from a pattern setting (DOMAIN.md §2, the
 * Ministry's convention is unconfirmed): `{field}` or `{field:N}` (digits zero-padded to N).
 * Vietnamese is kept (NFC) because Windows, the Ministry system and zip with UTF-8 names handle
 * it, and a commune's name folded to ASCII is often ambiguous; only what Windows forbids in a
 * name, and the `.`/`_` separators inside a value, are removed. Must not touch the file system.
 */
import { parsePartialDate } from '../domain/partial-date';
import { foldForSearch, nfc } from '../domain/text';

/** Per-entry scan: `CMC.2011.01.2009-02-23.004.pdf`. */
export const ENTRY_PDF_PATTERN = '{type}.{bookYear}.{bookNo:2}.{registrationDate}.{entryNo:3}.pdf';

/** Per-book Excel file and zip of scans: `Thanh Ngọc_TC_NA.KS.2008.01.xlsx`. */
export const BOOK_FILE_PATTERN = '{commune}_{districtInitials}_{provinceInitials}.{type}.{year}.{bookNo:2}.{ext}';

export type FileNameFields = Readonly<Record<string, string | number>>;

export class FileNamePatternError extends Error {
  override readonly name = 'FileNamePatternError';
}

const PLACEHOLDER = /\{([A-Za-z]+)(?::(\d{1,2}))?\}/gu;
// Characters Windows refuses in a file name, control characters, and our own separators.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_VALUE = /[<>:"/\\|?*\u0000-\u001f._]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/iu;

function cleanValue(value: string | number, width: number | undefined): string {
  const text = nfc(String(value)).replace(FORBIDDEN_IN_VALUE, ' ').replace(/\s+/gu, ' ').trim();
  return width !== undefined && /^\d+$/u.test(text) ? text.padStart(width, '0') : text;
}

/**
 * Fills the pattern; a placeholder without a (non-empty) value is a broken setting or an
 * entry that cannot be exported yet, so it throws rather than produce a misleading name.
 */
export function fileName(pattern: string, fields: FileNameFields): string {
  const name = pattern.replace(PLACEHOLDER, (_match, key: string, width: string | undefined) => {
    const value = fields[key];
    const text = value === undefined ? '' : cleanValue(value, width === undefined ? undefined : Number(width));
    if (text === '') throw new FileNamePatternError(`Thiếu giá trị cho {${key}} trong mẫu tên tệp "${pattern}"`);
    return text;
  });
  if (/[{}]/u.test(name)) throw new FileNamePatternError(`Mẫu tên tệp "${pattern}" có chỗ điền không hợp lệ`);
  // Windows drops trailing dots and spaces and refuses device names.
  const trimmed = name.replace(/[. ]+$/u, '');
  return WINDOWS_RESERVED.test(trimmed) ? `_${trimmed}` : trimmed;
}

/** "Thanh Chương" → "TC", "Lâm Đồng" → "LD": initials are ASCII, as in file codes. */
export function initials(name: string): string {
  return foldForSearch(name)
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** Registration date as file names want it: 23.02.2009 → 2009-02-23 (partial: 2009-02, 2009). */
export function isoDate(date: string): string {
  const parsed = parsePartialDate(date);
  if (!parsed.ok) return '';
  const { year, month, day } = parsed.date;
  return [String(year).padStart(4, '0'), month, day]
    .filter((part) => part !== undefined)
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}

/** quyenSo "01/2008" → book number "01" and year "2008"; `so` "4/2009" → entry number "4". */
export function numberAndYear(text: string): { readonly number: string; readonly year: string } {
  const [number = '', year = ''] = text.replace(/\s+/gu, '').split('/');
  return { number, year };
}

/** What a per-book file name may use; `{ext}` is required so the Excel file and its manifest differ. */
export const BOOK_FILE_FIELDS = ['commune', 'districtInitials', 'provinceInitials', 'type', 'year', 'bookNo', 'ext'] as const;

export type BookFilePatternProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'unknown-field'; readonly field: string }
  | { readonly code: 'no-ext' }
  | { readonly code: 'forbidden-character' };

/** Why a per-book pattern setting cannot work, or null; checked when it is saved, not at export time. */
export function bookFilePatternProblem(pattern: string): BookFilePatternProblem | null {
  if (pattern.trim() === '') return { code: 'empty' };
  const fields = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  const unknown = fields.find((f) => !(BOOK_FILE_FIELDS as readonly string[]).includes(f));
  if (unknown !== undefined) return { code: 'unknown-field', field: unknown };
  if (!fields.includes('ext')) return { code: 'no-ext' };
  // eslint-disable-next-line no-control-regex
  if (/[<>:"/\\|?*\u0000-\u001f{}]/u.test(pattern.replace(PLACEHOLDER, ''))) return { code: 'forbidden-character' };
  return null;
}

/** Where the book was kept and what it is, as the per-book file name wants them. */
export interface BookNameSource {
  /** The book's registering body as written, e.g. `UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An`. */
  readonly registeringBody: string;
  /** The commune doing the work: names the body's parts do not give. District null from 1 July 2025. */
  readonly commune: string;
  readonly district: string | null;
  readonly province: string;
  readonly type: string;
  readonly quyenSo: string;
  /** Used when quyenSo carries no year. */
  readonly yearFrom: number;
}

const COMMUNE_TYPES = ['thị trấn', 'đặc khu', 'phường', 'xã'];
const UNIT_TYPES = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];

/** "huyện Thanh Chương" → { type: 'huyện', name: 'Thanh Chương' }; names keep their case. */
function unitPart(text: string): { type: string; name: string } {
  const clean = nfc(text).replace(/\s+/gu, ' ').trim();
  const type = UNIT_TYPES.find((t) => clean.toLowerCase().startsWith(`${t} `)) ?? '';
  return { type, name: clean.slice(type.length).trim() };
}

/**
 * Commune, district and province as the book's registering body names them (the body as it
 * was then, which is what a historical book is filed under), each without its unit word.
 */
export function registeringPlace(body: string): { commune?: string; district?: string; province?: string } {
  const parts = nfc(body).replace(/^\s*UBND\s+/iu, '').split(',').map(unitPart).filter((p) => p.name !== '');
  const province = parts.length >= 2 ? parts.pop() : undefined;
  const first = parts[0];
  const commune = first && (COMMUNE_TYPES.includes(first.type) || parts.length === 2) ? parts.shift() : undefined;
  const district = parts.shift();
  return {
    ...(commune ? { commune: commune.name } : {}),
    ...(district ? { district: district.name } : {}),
    ...(province ? { province: province.name } : {}),
  };
}

/** `{year}` is the book's own (quyenSo 01/2008 → 2008); places come from the registering body first. */
export function bookFileFields(book: BookNameSource): FileNameFields {
  const { number, year } = numberAndYear(book.quyenSo);
  const place = registeringPlace(book.registeringBody);
  const district = place.district ?? (book.district === null ? undefined : unitPart(book.district).name);
  return {
    commune: place.commune ?? unitPart(book.commune).name,
    ...(district ? { districtInitials: initials(district) } : {}),
    provinceInitials: initials(place.province ?? unitPart(book.province).name),
    type: book.type,
    year: /^\d{4}$/u.test(year) ? year : book.yearFrom,
    bookNo: number,
  };
}
