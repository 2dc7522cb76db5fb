import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { periodFromDates, type ReportPeriod } from '../../../../../shared/domain/report/vn-calendar';
import { weeklyReport } from '../../../../../shared/domain/report/weekly-report';
import { readWorkbook, writeWorkbook } from '../../../../../shared/xlsx';
import { reportFileName, reportWorkbook } from '../../../../../renderer/features/reports/report-workbook';
import { translate } from '../../../../../renderer/i18n/translate';
import { vi } from '../../../../../renderer/i18n/vi';
import type { Translate } from '../../../../../renderer/i18n/translate';

const t: Translate = (key, params) => translate(vi, key, params);
const week = periodFromDates('01/12/2025', '07/12/2025') as ReportPeriod;
const at = week.from + 9 * 3_600_000;

const report = weeklyReport(
  {
    books: [{ id: 'b1', type: 'KS', quyenSo: '01/2008', surveyed: 4252, statusNow: { keyed: 2, approved: 1 } }],
    people: new Map([['lan', 'Trần Thị Lan']]),
    moves: ['e1', 'e2', 'e3'].map((entryId, n) => ({ at: at + n * 60_000, actorId: 'lan', entryId, bookId: 'b1', from: 'new' as const, to: 'keyed' as const, keyer: 'lan' })),
    imports: [],
    exports: [],
    // Half an hour of measured keying, nothing of it verified yet.
    work: [{ userId: 'lan', sessionId: 's1', kind: 'keying', at, keystrokes: 1200, activeMs: 1_800_000, entries: 3, fieldsChecked: 0, errors: 0, fieldsWithErrors: 0 }],
  },
  week,
  3000,
);
const madeAt = Date.parse('2025-12-05T03:04:05Z');

describe('report workbook', () => {
  it('lays out a summary and one sheet per table under the title, commune and period, every cell text', async () => {
    const model = reportWorkbook(report, { commune: 'Xã Lạc Long, Thị xã Kinh Môn, Tỉnh Hải Dương', madeAt }, t, (code) => `${code} — Khai sinh`);
    const read = await readWorkbook(await writeWorkbook(model));
    if (!read.ok) throw new Error(read.error.message);
    const [summary, types, books, people] = read.value.sheets;
    expect(read.value.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo loại sổ', 'Theo sổ', 'Theo người nhập']);
    expect(summary?.rows.slice(0, 4)).toEqual([
      ['BÁO CÁO TIẾN ĐỘ SỐ HÓA SỔ HỘ TỊCH'],
      ['Xã Lạc Long, Thị xã Kinh Môn, Tỉnh Hải Dương'],
      ['Kỳ báo cáo: từ ngày 01/12/2025 đến ngày 07/12/2025'],
      ['Lập lúc 05/12/2025 10:04'],
    ]);
    expect(summary?.rows).toContainEqual(['Kinh phí ước tính', '9.000 ₫ (3 bản ghi × 3.000 ₫)']);
    expect(types?.rows[5]).toEqual(['Loại sổ', 'Số sổ', 'Khảo sát', 'Đã nhập', 'Hư hỏng', 'Đã kiểm tra', 'Đã duyệt', 'Trả lại', 'Đã xuất', 'Đã xong đến nay']);
    expect(types?.rows[6]).toEqual(['KS — Khai sinh', '1', '4.252', '3', '0', '0', '0', '0', '0', '3 (0,1%)']);
    expect(types?.rows[7]?.[0]).toBe('Tổng cộng');
    expect(books?.rows[6]?.slice(0, 4)).toEqual(['KS', '01/2008', '4.252', '3']);
    expect(people?.rows[5]).toEqual([
      'Người nhập',
      'Đã nhập',
      'Nhập từ Excel',
      'Giờ làm (không tính lúc nghỉ)',
      'Bản ghi/giờ',
      'Lần gõ/giờ',
      'Trả lại',
      'Trả lại/100 bản ghi',
      'Lỗi người nhập/1.000 lần gõ',
      'Lỗi người kiểm tra/1.000 lần gõ',
    ]);
    expect(people?.rows[6]).toEqual(['Trần Thị Lan', '3', '0', '0,5', '6', '2.400', '0', '0', 'chưa có dữ liệu', 'chưa có dữ liệu']);
    expect(people?.rows.at(-1)?.[0]).toContain('không tính các lần nghỉ quá 2 phút');
    for (const sheet of read.value.sheets) for (const row of sheet.rows) for (const cell of row) expect(typeof cell).toBe('string');
  });

  it('prints every sheet on A4 landscape, one page wide, with the table header repeated', async () => {
    const bytes = await writeWorkbook(reportWorkbook(report, { commune: 'Xã Lạc Long', madeAt }, t, (code) => code));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '6:6' });
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(8);
    }
  });

  it('names the file after the period and the second it was made', () => {
    expect(reportFileName(report, madeAt, t)).toBe('BaoCaoTuan_01-12-2025_07-12-2025_20251205-100405.xlsx');
  });
});
