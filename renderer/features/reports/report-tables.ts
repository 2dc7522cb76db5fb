/**
 * The report's tables as text, once, for both the dashboard and the printed Excel file: the
 * same headers, the same Vietnamese number formatting, the same "—" and "chưa có dữ liệu".
 * Pure: the caller passes the translate function and register-type names.
 */
import { formatVnd, formatVnNumber } from '../../../shared/domain/report/vn-number';
import { stages, type StageCounts, type WeeklyReport } from '../../../shared/domain/report/weekly-report';
import { PAUSE_MS } from '../../../shared/domain/verification/operator-stats';
import type { Translate } from '../../i18n/translate';

export interface TextTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The totals line, when the table has one. */
  readonly total?: readonly string[];
}

const HOUR_MS = 3_600_000;
const count = (n: number): string => formatVnNumber(n);

export const percentText = (done: number, of: number): string => (of > 0 ? `${formatVnNumber((done / of) * 100, 1)}%` : '—');

const rateText = (value: number | null, t: Translate): string => (value === null ? t('reports.none') : formatVnNumber(value, 1));

const stageHeaders = (t: Translate) => stages.map((stage) => t(`reports.col.${stage}`));
const stageCells = (counts: StageCounts) => stages.map((stage) => count(counts[stage]));

export function typeTable(report: WeeklyReport, t: Translate, typeName: (code: string) => string): TextTable {
  return {
    headers: [t('reports.col.type'), t('reports.col.books'), t('reports.col.surveyed'), ...stageHeaders(t), t('reports.col.doneToDate')],
    rows: report.types.map((line) => [typeName(line.type), count(line.books), count(line.surveyed), ...stageCells(line), `${count(line.doneToDate)} (${percentText(line.doneToDate, line.surveyed)})`]),
    total: [t('reports.col.total'), count(report.totals.books), count(report.totals.surveyed), ...stageCells(report.totals), `${count(report.totals.doneToDate)} (${percentText(report.totals.doneToDate, report.totals.surveyed)})`],
  };
}

export function bookTable(report: WeeklyReport, t: Translate): TextTable {
  return {
    headers: [t('reports.col.type'), t('reports.col.book'), t('reports.col.surveyed'), ...stageHeaders(t), t('reports.col.doneToDate')],
    rows: report.books.map((line) => [line.type, line.quyenSo, count(line.surveyed), ...stageCells(line), `${count(line.doneToDate)} (${percentText(line.doneToDate, line.surveyed)})`]),
  };
}

export function personTable(report: WeeklyReport, t: Translate): TextTable {
  const noData = t('reports.noData');
  // Without work samples (only imports, or work from before they were recorded) time and speed are unknown, not zero.
  const measured = (value: number | null | undefined, decimals: number): string => (value == null ? noData : formatVnNumber(value, decimals));
  return {
    headers: [
      t('reports.col.person'),
      t('reports.col.keyed'),
      t('reports.col.imported'),
      t('reports.col.hours'),
      t('reports.col.perHour'),
      t('reports.col.keystrokesPerHour'),
      t('reports.col.returned'),
      t('reports.col.returnedPer100'),
      t('reports.col.keyerErrors'),
      t('reports.col.verifierErrors'),
    ],
    rows: report.people.map(({ work, ...p }) => [
      p.name,
      count(p.keyed),
      count(p.imported),
      // Hundredths of an hour, so a short week's few minutes do not read as no work at all.
      measured(work && work.activeMs / HOUR_MS, 2),
      measured(work?.entriesPerHour, 1),
      measured(work?.keystrokesPerHour, 0),
      count(p.returned),
      rateText(p.returnedPer100, t),
      measured(work?.keyerErrorsPer1000, 1),
      measured(work?.verifierErrorsPer1000, 1),
    ]),
  };
}

/** How the person table's figures are made, under the table on screen and on paper. */
export const personRules = (t: Translate): string => t('reports.people.rules', { minutes: PAUSE_MS / 60_000 });

export interface SummaryItem {
  readonly id: 'keyed' | 'approved' | 'returned' | 'damaged' | 'progress' | 'cost';
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
}

export function summaryItems(report: WeeklyReport, t: Translate): SummaryItem[] {
  const { totals } = report;
  return [
    { id: 'keyed', label: t('reports.tile.keyed'), value: count(totals.keyed) },
    { id: 'approved', label: t('reports.tile.approved'), value: count(totals.approved) },
    { id: 'returned', label: t('reports.tile.returned'), value: count(totals.returned) },
    { id: 'damaged', label: t('reports.tile.damaged'), value: count(totals.damaged) },
    {
      id: 'progress',
      label: t('reports.tile.progress'),
      value: t('reports.tile.progressValue', { done: count(totals.doneToDate), surveyed: count(totals.surveyed), percent: percentText(totals.doneToDate, totals.surveyed) }),
    },
    { id: 'cost', label: t('reports.tile.cost'), value: formatVnd(report.cost), hint: t('reports.tile.costHint', { n: count(totals.keyed), price: formatVnd(report.unitPrice) }) },
  ];
}
