/**
 * The audit entries as a table: seq, time, person, action (translated), target, details.
 * Presentational; details are shown as the store gives them (codes and counts).
 */
import type { AuditEntryView } from '../../store/types';
import { formatDateTime } from '../../i18n/dates';
import { useT } from '../../i18n/use-t';

const detailsText = (details: AuditEntryView['details']): string =>
  Object.entries(details)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('; ');

export function AuditTable({ entries }: { entries: readonly AuditEntryView[] }) {
  const t = useT();
  if (entries.length === 0) return <p data-testid="audit-empty">{t('audit.empty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} aria-label={t('audit.tableCaption')}>
      <table className="data-table" data-testid="audit-table">
        <caption className="visually-hidden">{t('audit.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.seq')}</th>
            <th scope="col">{t('audit.col.time')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.target')}</th>
            <th scope="col">{t('audit.col.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="num">{entry.seq}</td>
              <td className="nowrap">{formatDateTime(entry.at)}</td>
              <td>{entry.actorName ?? t('audit.system')}</td>
              <td>{t(`audit.action.${entry.action}`)}</td>
              <td className="mono">{entry.targetId ?? ''}</td>
              <td>{detailsText(entry.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
