/**
 * Tolerant reading of files other tools wrote: numbers for IDs and numbers, Date cells,
 * dd/mm/yyyy text, decomposed Vietnamese, messy headers, blank rows (Excel row numbers kept),
 * and formulas or booleans reported as problems on the right row and column.
 */
import { describe, expect, it } from 'vitest';
import { getProfile, readEntries, type SheetModel } from '../../../../shared/excel';
import { readWorkbook } from '../../../../shared/xlsx';
import { fixtureEntries, rawWorkbook, TODAY, type RawCell } from '../xlsx/workbooks';

const profile = getProfile('KS');
const [first, second, third] = fixtureEntries('KS');
if (!first || !second || !third) throw new Error('KS fixtures missing');

/** Header spelled the way teams' files spell it. */
const messyHeader = profile.columns.map((c, i): string => {
  if (c === 'loaiDangKy') return 'loaiDangKy \ni=[1,2,3,4,5,6]';
  if (c === 'nksGioiTinh') return 'nksGioiTinh i=[1,2]';
  if (i % 4 === 1) return ` ${c}  `;
  if (i % 4 === 2) return c.toUpperCase();
  return c;
});

function row(values: Readonly<Record<string, RawCell>>): RawCell[] {
  return profile.columns.map((c) => values[c] ?? null);
}

async function read(rows: RawCell[][]) {
  const model = await readWorkbook(await rawWorkbook([{ name: 'DL Import', rows }]));
  if (!model.ok) throw new Error(model.error.message);
  const result = readEntries(model.value, { today: TODAY });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('tolerant reading', () => {
  it('reads typed cells, odd headers and blank rows with Excel row numbers', async () => {
    const typed = row({
      ...first,
      STT: 1,
      so: 1,
      trangSo: 3,
      loaiDangKy: 1,
      nksGioiTinh: 2,
      nksLoaiKhaiSinh: 1,
      meLoaiCuTru: 1,
      chaLoaiCuTru: 1,
      // 040 (Nghệ An), 3 = female born 2000–2099, 07: Excel dropped the leading zero.
      nksSoDinhDanh: 40307012345,
      ngayDangKy: new Date(Date.UTC(2008, 0, 4)),
      nksNgaySinh: '29/11/2007',
      nksHoTen: (first.nksHoTen ?? '').normalize('NFD'),
      nksDanToc: 'nùng',
    });
    const broken = row({ ...third, nksNgaySinh: { formula: 'DATE(2007,1,1)', result: new Date(Date.UTC(2007, 0, 1)) }, ghiChu: true });
    const result = await read([messyHeader, typed, [], [null, '  '], row(second), broken]);

    expect(result.profile.id).toBe('moj-ks-70');
    expect(result.detected).toBe(true);
    expect(result.headerProblems).toEqual([]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 5, 6]);

    const [r2, r5, r6] = result.rows;
    expect(r2?.values).toMatchObject({
      so: '1',
      trangSo: '3',
      loaiDangKy: '1',
      nksGioiTinh: '2',
      nksSoDinhDanh: '040307012345',
      ngayDangKy: '04.01.2008',
      nksNgaySinh: '29.11.2007',
      nksHoTen: (first.nksHoTen ?? '').normalize('NFC'),
      nksDanToc: 'Nùng',
      quyenSo: first.quyenSo,
    });
    expect(r2?.values.nksHoTen).not.toBe((first.nksHoTen ?? '').normalize('NFD'));
    expect(r2?.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r5?.hasErrors).toBe(false);

    expect(r6?.hasErrors).toBe(true);
    expect(r6?.problems.map((p) => [p.row, p.column, p.code, p.severity])).toEqual([
      [6, 'ghiChu', 'boolean-cell', 'error'],
      [6, 'nksNgaySinh', 'formula', 'error'],
    ].sort((a, b) => profile.columns.indexOf(String(a[1])) - profile.columns.indexOf(String(b[1]))));
    const formula = r6?.problems.find((p) => p.code === 'formula');
    expect(formula?.message).toMatch(/^Dòng 6, cột O "nksNgaySinh": .*công thức không được phép/u);
    expect(formula?.value).toBe('=DATE(2007,1,1)');
    expect(formula?.reasonEn).toBe('Registered person: date of birth: formulas are not allowed, type the value');
    expect(r6?.problems.find((p) => p.code === 'boolean-cell')?.reasonEn).toMatch(/^Notes: a true\/false cell \(TRUE\) is not a civil-status value$/u);
    // The cached result is not taken, and the empty date is not reported a second time.
    expect(r6?.values.nksNgaySinh).toBe('');
    expect(r6?.shown.nksNgaySinh).toBe('=DATE(2007,1,1)');
  });

  it('maps validation issues to row and column, with the row and column in the message', async () => {
    const bad = row({ ...second, nksNgaySinh: '31.02.2007', nksGioiTinh: '7' });
    const result = await read([profile.columns.slice(), row(first), bad]);
    const r3 = result.rows[1];
    expect(r3?.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'nksGioiTinh', 'code-unknown'],
      [3, 'nksNgaySinh', 'date-impossible'],
    ]);
    expect(r3?.problems[1]?.message).toMatch(/^Dòng 3, cột O "nksNgaySinh": /u);
    // The English reason is the validator's own, for the app's second locale.
    expect(r3?.problems[1]?.reasonEn).toBe('Registered person: date of birth: "31.02.2007" no such day in that month');
    expect(r3?.problems[1]?.reasonEn).not.toBe(r3?.problems[1]?.reason);
  });

  it('reports the same registration number twice in one book', async () => {
    const result = await read([profile.columns.slice(), row(first), row({ ...second, so: first.so ?? '' })]);
    expect(result.rows.map((r) => r.problems.filter((p) => p.code === 'duplicate-so').length)).toEqual([1, 1]);
  });

  it('reports missing, unknown and repeated columns on row 1 and still reads', async () => {
    const header = profile.columns.filter((c) => c !== 'ghiChu').concat(['Cột thêm', 'so']);
    const values = header.map((c) => (c === 'Cột thêm' ? 'x' : c === 'so' ? first.so ?? '' : first[c] ?? ''));
    const result = await read([header, values]);
    expect(result.headerProblems.map((p) => [p.row, p.column, p.code, p.severity])).toEqual([
      [1, 'so', 'duplicate-column', 'error'],
      [1, 'Cột thêm', 'unknown-column', 'warning'],
      [1, 'ghiChu', 'missing-column', 'warning'],
    ]);
    expect(result.headerProblems.map((p) => p.reasonEn)).toEqual([
      'repeated column, only the first is read',
      'not a column of template moj-ks-70, its data is ignored',
      'the header row lacks the column Notes, read as empty',
    ]);
    expect(result.rows[0]?.values.so).toBe(first.so);
  });

  it('prefers the DL Import sheet and errors clearly without a header or a known type', () => {
    const model = (rows: string[][], name = 'DL Import'): SheetModel => ({ sheets: [{ name: 'Ghi chu', rows: [['Mã', 'Ý nghĩa']] }, { name, rows }] });
    const ok = readEntries(model([profile.columns.slice()]), { today: TODAY });
    expect(ok.ok && ok.value.sheetName).toBe('DL Import');
    expect(readEntries(model([]), { today: TODAY })).toMatchObject({ ok: false, error: { code: 'no-header' } });
    expect(readEntries(model([['a', 'b']]), { today: TODAY })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(readEntries(model([profile.columns.slice()]), { today: TODAY, type: 'KT' })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(readEntries({ sheets: [] }, { today: TODAY })).toMatchObject({ ok: false, error: { code: 'no-sheet' } });
  });
});
