/**
 * A KS import file the way a team's own file looks, built from fixture entries: headers with
 * trailing spaces, odd case and `i=[…]` hints, numbers and dates typed as such, `dd/mm/yyyy`,
 * decomposed Vietnamese, a stray blank row, plus three injected mistakes whose Excel row,
 * column and reason the import tests expect to see. The columns are the fixture entries' keys
 * (the templates' columns, in order), so the e2e specs can build files without loading shared/
 * (whose JSON imports Playwright's loader refuses). Helpers only; no assertions.
 */
import { rawWorkbook, type RawCell } from './raw-workbook';

type Entry = Readonly<Record<string, string>>;

export interface InjectedMistake {
  /** Excel row number (header = 1, the blank row counted). */
  readonly row: number;
  readonly column: string;
  /** Part of the Vietnamese reason the preview must show. */
  readonly reason: string;
  /** The same part of its English reason. */
  readonly reasonEn: string;
}

export interface TeamWorkbook {
  readonly bytes: Uint8Array;
  /** Non-blank data rows. */
  readonly rows: number;
  readonly mistakes: readonly InjectedMistake[];
}

const columnsOf = (entries: readonly Entry[]): string[] => Object.keys(entries[0] ?? {});

/** Header spelled the way teams' files spell it. */
const messyHeader = (columns: readonly string[]): string[] =>
  columns.map((c, i): string => {
    if (c === 'loaiDangKy') return 'loaiDangKy \ni=[1,2,3,4,5,6]';
    if (c === 'nksGioiTinh') return 'nksGioiTinh i=[1,2]';
    if (i % 3 === 1) return `${c}  `;
    if (i % 5 === 2) return c.toUpperCase();
    return c;
  });

/** `dd.mm.yyyy` → a Date cell, as Excel stores a typed date (midnight UTC). */
function dateCell(text: string): Date {
  const [day, month, year] = text.split('.').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

function typedCell(column: string, value: string): RawCell {
  if (value === '') return null;
  if (['trangSo', 'loaiDangKy', 'nksGioiTinh', 'nksLoaiKhaiSinh'].includes(column) && /^\d+$/u.test(value)) return Number(value);
  if (column === 'ngayDangKy') return dateCell(value);
  if (column === 'nksNgaySinh') return value.replaceAll('.', '/');
  return value.normalize('NFD');
}

/** The blank row sits after the third entry, so later Excel rows are one further down. */
const BLANK_AFTER = 3;
const excelRow = (index: number): number => index + 2 + (index >= BLANK_AFTER ? 1 : 0);

/** A clean file of any fixture type: its columns, every cell text, as the Ministry template. */
export function templateWorkbook(entries: readonly Entry[]): Promise<Uint8Array> {
  const columns = columnsOf(entries);
  return rawWorkbook([{ name: 'DL Import', rows: [columns, ...entries.map((e) => columns.map((c) => e[c] ?? ''))] }]);
}

/** KS fixture entries as a team's file, with three mistakes injected. */
export async function teamKsWorkbook(entries: readonly Entry[]): Promise<TeamWorkbook> {
  const columns = columnsOf(entries);
  const changes: { index: number; column: string; value: string; reason: string; reasonEn: string }[] = [
    { index: 1, column: 'nksNgaySinh', value: '32/13/2007', reason: 'tháng không có thật', reasonEn: 'no such month' },
    { index: 4, column: 'nksHoTen', value: '', reason: 'bắt buộc', reasonEn: 'required' },
    { index: 6, column: 'nksGioiTinh', value: '7', reason: 'không có trong danh mục', reasonEn: 'is not in the list' },
  ];
  const rows: RawCell[][] = [messyHeader(columns)];
  entries.forEach((entry, index) => {
    if (index === BLANK_AFTER) rows.push([]);
    rows.push(
      columns.map((column, c) => {
        const change = changes.find((m) => m.index === index && m.column === column);
        if (change) return change.value === '' ? null : change.value;
        return c === 0 ? index + 1 : typedCell(column, entry[column] ?? '');
      }),
    );
  });
  return {
    bytes: await rawWorkbook([{ name: 'DL Import', rows }]),
    rows: entries.length,
    mistakes: changes.filter((m) => m.index < entries.length).map(({ index, column, reason, reasonEn }) => ({ row: excelRow(index), column, reason, reasonEn })),
  };
}
