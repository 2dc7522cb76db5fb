/**
 * The weekly report as a workbook laid out for printing: a summary sheet and one sheet per
 * table (per type, per book, per person), each opening with the title, the commune, the period
 * and when it was made, then the table with its header row repeated on every A4 landscape page.
 * Every cell is text, formatted as on screen. Pure: bytes are shared/xlsx's job.
 */
import type { Sheet, SheetModel } from '../../../shared/excel/sheet-model';
import { formatVnDate, formatVnDateTime, lastDayOf, vnCalendarDay } from '../../../shared/domain/report/vn-calendar';
import type { WeeklyReport } from '../../../shared/domain/report/weekly-report';
import type { Translate } from '../../i18n/translate';
import { bookTable, personRules, personTable, summaryItems, typeTable, type TextTable } from './report-tables';

export interface ReportHeading {
  /** The commune as provisioned, e.g. "Xã Lạc Long, Thị xã Kinh Môn, Tỉnh Hải Dương". */
  readonly commune: string;
  readonly madeAt: number;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 40;

/** Wide enough for the longest cell, within bounds so one long name does not push the page into tiny print. */
function widths(rows: readonly (readonly string[])[]): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: columns }, (_, c) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...rows.map((r) => (r[c] ?? '').length + 2))));
}

function tableSheet(name: string, top: readonly string[][], table: TextTable, notes: readonly string[] = []): Sheet {
  const body = [table.headers, ...table.rows, ...(table.total ? [table.total] : [])];
  return {
    name,
    rows: [...top, [], ...body, ...(notes.length > 0 ? [[], ...notes.map((n) => [n])] : [])],
    columnWidths: widths(body),
    print: { orientation: 'landscape', headerRow: top.length + 2 },
  };
}

export function reportWorkbook(report: WeeklyReport, heading: ReportHeading, t: Translate, typeName: (code: string) => string): SheetModel {
  const top = [
    [t('reports.xlsx.title')],
    [heading.commune],
    [t('reports.xlsx.period', { from: formatVnDate(report.period.from), to: formatVnDate(lastDayOf(report.period)) })],
    [t('reports.xlsx.made', { at: formatVnDateTime(heading.madeAt) })],
  ];
  const summary: TextTable = {
    headers: [t('reports.xlsx.item'), t('reports.xlsx.value')],
    rows: summaryItems(report, t).map((item) => [item.label, item.hint ? `${item.value} (${item.hint})` : item.value]),
  };
  return {
    sheets: [
      tableSheet(t('reports.xlsx.summary'), top, summary),
      tableSheet(t('reports.types.title'), top, typeTable(report, t, typeName)),
      tableSheet(t('reports.books.title'), top, bookTable(report, t)),
      tableSheet(t('reports.people.title'), top, personTable(report, t), [personRules(t)]),
    ],
  };
}

const compact = (ms: number): string => {
  const { year, month, day } = vnCalendarDay(ms);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
};

/** Period and the minute it was made: a second export of the same period gets a name of its own. */
export function reportFileName(report: WeeklyReport, madeAt: number, t: Translate): string {
  const seconds = String(Math.floor(madeAt / 1000) % 60).padStart(2, '0');
  const made = `${formatVnDateTime(madeAt).replace(/^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d)$/, '$3$2$1-$4$5')}${seconds}`;
  return `${t('reports.xlsx.fileStem')}_${compact(report.period.from)}_${compact(lastDayOf(report.period))}_${made}.xlsx`;
}
