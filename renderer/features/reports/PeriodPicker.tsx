/**
 * Chooses the report period with the keyboard: first and last day as dd/mm/yyyy (Enter shows
 * the report), or a whole week before, at or after the one shown. Holds only the typed text;
 * the period it reports upward is always a valid one.
 */
import { useState, type FormEvent } from 'react';
import { formatVnDate, lastDayOf, periodFromDates, vnWeek, type ReportPeriod } from '../../../shared/domain/report/vn-calendar';
import { useT } from '../../i18n/use-t';
import { TextField } from '../../ui/TextField';

const WEEK_MS = 7 * 86_400_000;

export function PeriodPicker({ period, now, onPeriod }: { period: ReportPeriod; now: number; onPeriod: (period: ReportPeriod) => void }) {
  const t = useT();
  const [from, setFrom] = useState(formatVnDate(period.from));
  const [to, setTo] = useState(formatVnDate(lastDayOf(period)));
  const [bad, setBad] = useState(false);

  const choose = (next: ReportPeriod) => {
    setFrom(formatVnDate(next.from));
    setTo(formatVnDate(lastDayOf(next)));
    setBad(false);
    onPeriod(next);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = periodFromDates(from, to);
    setBad(typed === null);
    if (typed) onPeriod(typed);
  };

  return (
    <form className="panel report-period" onSubmit={submit} noValidate data-testid="report-period">
      <h2>{t('reports.period.title')}</h2>
      <div className="filters">
        <TextField label={t('reports.period.from')} name="from" inputMode="numeric" value={from} onChange={setFrom} hint={t('reports.period.hint')} testId="report-from" />
        <TextField label={t('reports.period.to')} name="to" inputMode="numeric" value={to} onChange={setTo} testId="report-to" />
      </div>
      {bad ? (
        <p className="field-error" role="alert">
          {t('reports.period.bad')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" data-testid="report-show">
          {t('reports.period.show')}
        </button>
        <button type="button" onClick={() => choose(vnWeek(period.from - WEEK_MS))}>
          {t('reports.period.previous')}
        </button>
        <button type="button" onClick={() => choose(vnWeek(now))}>
          {t('reports.period.current')}
        </button>
        <button type="button" onClick={() => choose(vnWeek(period.from + WEEK_MS))}>
          {t('reports.period.next')}
        </button>
      </div>
    </form>
  );
}
