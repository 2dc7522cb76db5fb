/**
 * Reading a whole import sheet: finds the sheet and its profile (given or detected from the
 * header row), turns every non-blank row into entry values, and reports per-cell problems and
 * the domain validation of each row against Excel row numbers and column keys. Pure: the sheet
 * model comes in, `today` is passed in; must not touch files or the Excel library.
 */
import type { FieldDef } from '../domain/field-kinds';
import type { FullDate } from '../domain/partial-date';
import type { RegisterTypeCode } from '../domain/register-types';
import { soKey, validateEntry, type IssueCode, type Severity } from '../domain/validation';
import { readCell, type CellProblemCode } from './cells';
import { cleanHeader, detectProfile, type HeaderMatch } from './headers';
import { getProfile, IMPORT_SHEET_NAME, PROFILES, profilesOf, type ExcelProfile } from './profiles';
import type { Sheet, SheetModel } from './sheet-model';
import { normalizeEntryValues } from '../domain/entry-values';

export type HeaderProblemCode = 'missing-column' | 'unknown-column' | 'duplicate-column';
export type ProblemCode = CellProblemCode | HeaderProblemCode | IssueCode;

export interface Problem {
  /** Excel row number; the header is row 1. */
  readonly row: number;
  /** Header key of the column (or the foreign header text). */
  readonly column: string;
  readonly value: string;
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** Vietnamese; names the row, the column and the reason. */
  readonly message: string;
  /** The message without its row and column, for views that show those apart. */
  readonly reason: string;
  /** The reason in English, for the app's second locale. */
  readonly reasonEn: string;
}

export interface ReadRow {
  readonly row: number;
  /** Every profile field as the file showed it, as text. */
  readonly shown: Readonly<Record<string, string>>;
  /** Every profile field normalised (NFC, canonical dates, Ministry spellings). */
  readonly values: Readonly<Record<string, string>>;
  readonly problems: readonly Problem[];
  readonly hasErrors: boolean;
}

export interface SheetRead {
  readonly profile: ExcelProfile;
  readonly sheetName: string;
  /** True when the profile came from the header row rather than from the caller. */
  readonly detected: boolean;
  readonly headerProblems: readonly Problem[];
  readonly rows: readonly ReadRow[];
}

export type SheetReadErrorCode = 'no-sheet' | 'no-header' | 'unknown-type' | 'ambiguous-type';

export interface SheetReadError {
  readonly code: SheetReadErrorCode;
  readonly message: string;
}

export type SheetReadResult = { readonly ok: true; readonly value: SheetRead } | { readonly ok: false; readonly error: SheetReadError };

export interface ReadEntriesOptions {
  /** Register type; detected from the header row when absent. */
  readonly type?: RegisterTypeCode;
  /** Layout within the type; the best matching layout when absent. */
  readonly layout?: string;
  readonly today: FullDate;
  /**
   * Called every PROGRESS_EVERY rows of both passes (cells, then validation) with the steps
   * done out of twice the sheet's data rows, so a caller in a worker can show a progress bar.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 100;

/** A, B … Z, AA … as Excel shows columns, for messages. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const at = (row: number, column: string): string => `Dòng ${row}, cột ${column}`;

/** The message and the reasons of a problem at a place, kept in step. */
const located = (where: string, reason: string, reasonEn: string): Pick<Problem, 'message' | 'reason' | 'reasonEn'> => ({
  message: `${where}: ${reason}`,
  reason,
  reasonEn,
});

const sheetKey = (name: string): string => name.replace(/\s+/gu, '').toLowerCase();

function candidateProfiles(options: Pick<ReadEntriesOptions, 'type' | 'layout'>): readonly ExcelProfile[] {
  if (options.type === undefined) return PROFILES;
  return options.layout === undefined ? profilesOf(options.type) : [getProfile(options.type, options.layout)];
}

function headerProblems(match: HeaderMatch): Problem[] {
  const { profile } = match;
  const fields = new Map(profile.definition.fields.map((f) => [f.key, f]));
  return [
    ...match.duplicates.map((d) => ({
      row: profile.headerRow,
      column: d.key,
      value: d.key,
      code: 'duplicate-column' as const,
      severity: 'error' as const,
      ...located(at(profile.headerRow, `${columnLetter(d.index)} "${d.key}"`), 'cột bị lặp lại, chỉ đọc cột đầu tiên', 'repeated column, only the first is read'),
    })),
    ...match.unknown.map((u) => ({
      row: profile.headerRow,
      column: u.header,
      value: u.header,
      code: 'unknown-column' as const,
      severity: 'warning' as const,
      ...located(
        at(profile.headerRow, `${columnLetter(u.index)} "${u.header}"`),
        `không phải cột của mẫu ${profile.id}, dữ liệu cột này bị bỏ qua`,
        `not a column of template ${profile.id}, its data is ignored`,
      ),
    })),
    ...match.missing.map((key) => ({
      row: profile.headerRow,
      column: key,
      value: '',
      code: 'missing-column' as const,
      severity: 'warning' as const,
      ...located(
        at(profile.headerRow, `"${key}"`),
        `thiếu cột ${fields.get(key)?.label ?? key} trong dòng tiêu đề, coi như để trống`,
        `the header row lacks the column ${fields.get(key)?.labelEn ?? key}, read as empty`,
      ),
    })),
  ];
}

interface CellsOfRow {
  readonly row: number;
  readonly shown: Record<string, string>;
  readonly text: Record<string, string>;
  readonly problems: Problem[];
}

/** A file column that holds a field of the profile. */
interface FieldColumn {
  readonly index: number;
  readonly field: FieldDef;
  /** The 12-digit personal ID, whose lost leading zeros can be restored. */
  readonly personalId: boolean;
}

function fieldColumns(match: HeaderMatch): FieldColumn[] {
  const { definition } = match.profile;
  const fields = new Map(definition.fields.map((f) => [f.key, f]));
  const personalIds = new Set(definition.people.flatMap((p) => (p.personalIdKey ? [p.personalIdKey] : [])));
  return match.keys.flatMap((key, index) => {
    const field = key === undefined ? undefined : fields.get(key);
    return field ? [{ index, field, personalId: personalIds.has(field.key) }] : [];
  });
}

function readRow(cells: Sheet['rows'][number], row: number, columns: readonly FieldColumn[], empty: Readonly<Record<string, string>>): CellsOfRow | undefined {
  const shown: Record<string, string> = { ...empty };
  const text: Record<string, string> = { ...empty };
  const problems: Problem[] = [];
  let blank = true;
  for (const { index, field, personalId } of columns) {
    const read = readCell(cells[index], field, personalId);
    if (read.shown.trim() !== '' || read.problem) blank = false;
    shown[field.key] = read.shown;
    text[field.key] = read.text;
    if (read.problem) {
      problems.push({
        row,
        column: field.key,
        value: read.shown,
        code: read.problem.code,
        severity: read.problem.severity,
        ...located(at(row, `${columnLetter(index)} "${field.key}"`), `${field.label}: ${read.problem.reason}`, `${field.labelEn}: ${read.problem.reasonEn}`),
      });
    }
  }
  return blank ? undefined : { row, shown, text, problems };
}

/** Book and number of a row, so the duplicate rule sees only the real clashes in a book. */
const soOf = (values: Readonly<Record<string, string>>): string => `${soKey(values.quyenSo ?? '')}|${soKey(values.so ?? '')}`;

function validateRows(match: HeaderMatch, rows: readonly CellsOfRow[], today: FullDate, progress: (done: number) => void): ReadRow[] {
  const { definition } = match.profile;
  const letters = new Map(match.keys.flatMap((key, index) => (key === undefined ? [] : [[key, columnLetter(index)] as const])));
  const where = (row: number, key: string): string => at(row, letters.has(key) ? `${letters.get(key) ?? ''} "${key}"` : `"${key}"`);
  const stored = rows.map((r) => normalizeEntryValues(definition, r.text));
  const counts = new Map<string, number>();
  for (const values of stored) {
    if ((values.so ?? '').trim() !== '') counts.set(soOf(values), (counts.get(soOf(values)) ?? 0) + 1);
  }
  return rows.map((r, i) => {
    if (i % PROGRESS_EVERY === 0) progress(i);
    const values = stored[i] ?? {};
    const so = (values.so ?? '').trim();
    const clash = so !== '' && (counts.get(soOf(values)) ?? 0) > 1;
    const broken = new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.column));
    const issues = validateEntry(definition, { values }, { today, sameBookSo: clash ? [so] : [] });
    const problems = [
      ...r.problems,
      // A cell already refused (formula, boolean …) is reported once, not again as empty.
      ...issues
        .filter((issue) => !broken.has(issue.path))
        .map((issue) => ({
          row: r.row,
          column: issue.path,
          value: values[issue.path] ?? '',
          code: issue.code,
          severity: issue.severity,
          ...located(where(r.row, issue.path), issue.message, issue.messageEn ?? issue.message),
        })),
    ];
    return { row: r.row, shown: r.shown, values, problems, hasErrors: problems.some((p) => p.severity === 'error') };
  });
}

function chooseSheet(model: SheetModel, options: Pick<ReadEntriesOptions, 'type' | 'layout'>): { sheet: Sheet; match: HeaderMatch } | SheetReadError {
  if (model.sheets.length === 0) return { code: 'no-sheet', message: 'Tệp không có trang tính nào.' };
  const named = model.sheets.filter((s) => sheetKey(s.name) === sheetKey(IMPORT_SHEET_NAME));
  const sheets = named.length > 0 ? named : model.sheets;
  const withHeader = sheets.filter((s) => (s.rows[0] ?? []).some((c) => cleanHeader(c) !== ''));
  if (withHeader.length === 0) {
    return { code: 'no-header', message: `Không thấy dòng tiêu đề (dòng 1) trong trang "${sheets[0]?.name ?? IMPORT_SHEET_NAME}".` };
  }
  const candidates = candidateProfiles(options);
  let failure: SheetReadError | undefined;
  for (const sheet of withHeader) {
    const detected = detectProfile(sheet.rows[0] ?? [], candidates);
    if (detected.ok) return { sheet, match: detected.match };
    const wanted = options.type === undefined ? '' : ` ${options.type}`;
    failure ??=
      detected.code === 'ambiguous-type'
        ? {
            code: 'ambiguous-type',
            message: `Dòng tiêu đề của trang "${sheet.name}" khớp như nhau với nhiều mẫu (${detected.candidates.map((p) => p.id).join(', ')}); hãy chỉ rõ loại sổ (--type).`,
          }
        : {
            code: 'unknown-type',
            message: `Dòng tiêu đề của trang "${sheet.name}" không khớp với mẫu Excel sổ${wanted} nào đã biết; kiểm tra lại tên cột ở dòng 1.`,
          };
  }
  return failure ?? { code: 'unknown-type', message: 'Không nhận ra loại sổ.' };
}

/** The sheet's profile from its header row alone, without reading a data row. */
export function detectSheetProfile(
  model: SheetModel,
  options: Omit<ReadEntriesOptions, 'today' | 'onProgress'> = {},
): { readonly ok: true; readonly profile: ExcelProfile } | { readonly ok: false; readonly error: SheetReadError } {
  const chosen = chooseSheet(model, options);
  return 'code' in chosen ? { ok: false, error: chosen } : { ok: true, profile: chosen.match.profile };
}

export function readEntries(model: SheetModel, options: ReadEntriesOptions): SheetReadResult {
  const chosen = chooseSheet(model, options);
  if ('code' in chosen) return { ok: false, error: chosen };
  const { sheet, match } = chosen;
  const columns = fieldColumns(match);
  const empty = Object.fromEntries(match.profile.definition.fields.map((f) => [f.key, '']));
  const dataRows = Math.max(0, sheet.rows.length - match.profile.headerRow);
  const report = (done: number) => options.onProgress?.(done, 2 * dataRows);
  const cells: CellsOfRow[] = [];
  for (let i = match.profile.headerRow; i < sheet.rows.length; i++) {
    if ((i - match.profile.headerRow) % PROGRESS_EVERY === 0) report(i - match.profile.headerRow);
    const read = readRow(sheet.rows[i] ?? [], i + 1, columns, empty);
    if (read) cells.push(read);
  }
  // Blank rows are not validated: the second pass spreads the remaining steps over the rows kept.
  const checked = (k: number) => report(dataRows + Math.round((k * dataRows) / Math.max(1, cells.length)));
  const rows = validateRows(match, cells, options.today, checked);
  report(2 * dataRows);
  return {
    ok: true,
    value: {
      profile: match.profile,
      sheetName: sheet.name,
      detected: options.type === undefined,
      headerProblems: headerProblems(match),
      rows,
    },
  };
}
