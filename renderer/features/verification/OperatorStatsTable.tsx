/**
 * Operator statistics for the team lead (and the justice officer): per person, then per
 * session, keying time without pauses, speed, keyer and verifier errors per 1,000 keystrokes
 * and the share of checked fields with an error. Counts only; no entry content.
 */
import { useEffect, useState } from 'react';
import { PAUSE_MS, type OperatorStats } from '../../../shared/domain/verification';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';
import { formatDateTime } from '../../i18n/dates';
import { useT } from '../../i18n/use-t';
import type { OperatorStatsReport } from '../../store/entry-verification';
import type { SessionInfo, UserId } from '../../store/types';
import { ErrorNotice } from '../../ui/Notice';
import { useUserNames } from '../books/use-user-names';
import { hoursMinutes, percent, rate, whole } from './stats-format';

const COLUMNS = [
  'person',
  'session',
  'time',
  'entries',
  'entriesPerHour',
  'keystrokesPerHour',
  'keyerErrors',
  'verifierErrors',
  'keyerRate',
  'verifierRate',
  'errorShare',
] as const;

export function OperatorStatsTable({ session }: { session: SessionInfo }) {
  const t = useT();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const nameOf = useUserNames(session);
  const [report, setReport] = useState<OperatorStatsReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    citizen.verification.stats().then(
      (loaded) => live && setReport(loaded),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [citizen, errorText]);

  const sessionText = (s: OperatorStats) =>
    s.sessionId === null ? t('verification.stats.total') : Number(s.sessionId) > 0 ? formatDateTime(Number(s.sessionId)) : t('verification.stats.unknownSession');

  // The same words as the weekly report, which shows these statistics too.
  const none = t('reports.noData');

  const row = (s: OperatorStats) => (
    <tr key={`${s.userId}-${s.sessionId ?? ''}`} data-testid="stats-row" data-user={s.userId} data-total={s.sessionId === null ? 'true' : undefined}>
      <th scope="row">{nameOf(s.userId as UserId)}</th>
      <td>{sessionText(s)}</td>
      <td>{hoursMinutes(s.activeMs)}</td>
      <td>{s.entries}</td>
      <td>{rate(s.entriesPerHour, none)}</td>
      <td>{whole(s.keystrokesPerHour, none)}</td>
      <td data-testid="stats-keyer-errors">{s.keyerErrors}</td>
      <td data-testid="stats-verifier-errors">{s.verifierErrors}</td>
      <td>{rate(s.keyerErrorsPer1000, none)}</td>
      <td>{rate(s.verifierErrorsPer1000, none)}</td>
      <td>{percent(s.errorFieldShare, none)}</td>
    </tr>
  );

  return (
    <section aria-labelledby="operator-stats-title" data-testid="operator-stats">
      <h2 id="operator-stats-title">{t('verification.stats.title')}</h2>
      <p className="field-hint">{t('verification.stats.intro', { minutes: PAUSE_MS / 60_000 })}</p>
      <ErrorNotice message={error} />
      {report === null && !error ? <p>{t('common.loading')}</p> : null}
      {report !== null && report.perPerson.length === 0 ? <p>{t('verification.stats.empty')}</p> : null}
      {report !== null && report.perPerson.length > 0 ? (
        <table className="data-table">
          <caption>{t('verification.stats.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`verification.stats.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.perPerson.flatMap((person) => [person, ...report.perSession.filter((s) => s.userId === person.userId)]).map(row)}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
