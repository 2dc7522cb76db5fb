/**
 * The weekly report dashboard (báo cáo tuần): a period (this week by default, Vietnam time),
 * headline tiles, progress against the survey per type and entries per week as charts, the
 * tables per type, book and person, and the export to a printable Excel file. Computes nothing
 * itself: the figures come from shared/domain/report over the store's facts.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatVnDate, lastDayOf, vnWeek } from '../../../shared/domain/report/vn-calendar';
import { formatVnNumber } from '../../../shared/domain/report/vn-number';
import { weeklyReport } from '../../../shared/domain/report/weekly-report';
import { useServices } from '../../app/use-services';
import { useLocale, useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { registerTypeName } from '../books/register-type-names';
import { ChartFigure } from './ChartFigure';
import { PeriodPicker } from './PeriodPicker';
import { ReportExport } from './ReportExport';
import { ReportTable } from './ReportTable';
import { bookTable, percentText, personRules, personTable, summaryItems, typeTable } from './report-tables';
import { reportFileName, reportWorkbook } from './report-workbook';
import { SummaryTiles } from './SummaryTiles';
import { useReportFacts } from './use-report-facts';

export function ReportsScreen({ unitPrice }: { unitPrice: number }) {
  const t = useT();
  const { locale } = useLocale();
  const { store } = useServices();
  const [now] = useState(() => Date.now());
  const [period, setPeriod] = useState(() => vnWeek(now));
  const [commune, setCommune] = useState('');
  const { facts, error } = useReportFacts(period);
  const report = useMemo(() => (facts ? weeklyReport(facts, period, unitPrice) : null), [facts, period, unitPrice]);
  const typeName = useCallback((code: string) => `${code} — ${registerTypeName(code, locale)}`, [locale]);

  useEffect(() => {
    void store.install().then((install) => {
      if (!install) return;
      const { commune: c, district, province } = install.commune;
      setCommune([c.name, district?.name, province.name].filter(Boolean).join(', '));
    });
  }, [store]);

  const file = useCallback(
    (madeAt: number) => {
      if (!report) throw new Error('reports: nothing to export yet');
      return { name: reportFileName(report, madeAt, t), model: reportWorkbook(report, { commune, madeAt }, t, typeName) };
    },
    [report, commune, t, typeName],
  );

  return (
    <section data-testid="screen-reports">
      <ScreenHeading>{t('reports.title')}</ScreenHeading>
      <p className="muted">{t('reports.intro')}</p>
      <PeriodPicker period={period} now={now} onPeriod={setPeriod} />
      <p data-testid="report-period-shown">{t('reports.period.shown', { from: formatVnDate(period.from), to: formatVnDate(lastDayOf(period)) })}</p>
      <ErrorNotice message={error} />
      {!report && !error ? <p>{t('reports.loading')}</p> : null}
      {report ? (
        <>
          <SummaryTiles items={summaryItems(report, t)} />
          <div className="report-charts">
            <ChartFigure
              kind="bars"
              testId="report-chart-progress"
              title={t('reports.chart.progress.title')}
              items={report.types.map((line) => ({
                label: line.type,
                value: line.doneToDate,
                of: line.surveyed,
                text: t('reports.chart.progress.item', {
                  type: typeName(line.type),
                  done: formatVnNumber(line.doneToDate),
                  surveyed: formatVnNumber(line.surveyed),
                  percent: percentText(line.doneToDate, line.surveyed),
                }),
              }))}
            />
            <ChartFigure
              kind="columns"
              testId="report-chart-weeks"
              title={t('reports.chart.weeks.title')}
              items={report.weeks.map((week) => ({
                label: formatVnDate(week.from).slice(0, 5),
                value: week.keyed,
                text: t('reports.chart.weeks.item', { from: formatVnDate(week.from), to: formatVnDate(lastDayOf(week)), n: formatVnNumber(week.keyed) }),
              }))}
            />
          </div>
          <h2>{t('reports.types.title')}</h2>
          <ReportTable caption={t('reports.types.title')} table={typeTable(report, t, typeName)} testId="report-types" />
          <h2>{t('reports.books.title')}</h2>
          {report.books.length === 0 ? <p>{t('reports.books.empty')}</p> : <ReportTable caption={t('reports.books.title')} table={bookTable(report, t)} testId="report-books" />}
          <h2>{t('reports.people.title')}</h2>
          {report.people.length === 0 ? (
            <p>{t('reports.people.empty')}</p>
          ) : (
            <ReportTable caption={t('reports.people.title')} table={personTable(report, t)} testId="report-people" />
          )}
          <p className="muted">{personRules(t)}</p>
          <ReportExport file={file} />
        </>
      ) : null}
    </section>
  );
}
