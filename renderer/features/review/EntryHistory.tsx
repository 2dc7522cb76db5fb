/**
 * An entry's history as the audit log has it, oldest first: when, who, what happened, the
 * status move, each field changed from what to what, and a return's reason. Presentational.
 */
import type { EntryHistoryItem } from '../../store/types';
import { formatDateTime } from '../../i18n/dates';
import { useT } from '../../i18n/use-t';

export interface EntryHistoryProps {
  items: readonly EntryHistoryItem[];
  fieldLabel: (key: string) => string;
}

export function EntryHistory({ items, fieldLabel }: EntryHistoryProps) {
  const t = useT();
  const status = (s: EntryHistoryItem['from']) => (s === null ? t('review.history.unknown') : s === 'new' ? t('review.status.new') : t(`search.status.${s}`));
  return (
    <section aria-labelledby="review-history-title">
      <h2 id="review-history-title">{t('review.history.title')}</h2>
      {items.length === 0 ? <p className="muted">{t('review.history.empty')}</p> : null}
      <ol data-testid="review-history">
        {items.map((item) => (
          <li key={item.seq} data-testid="review-history-item" data-action={item.action}>
            <p>
              {t('review.history.line', { at: formatDateTime(item.at), who: item.actorName ?? t('review.history.unknown'), action: t(`audit.action.${item.action}`) })}
            </p>
            {item.to ? <p className="muted">{t('review.history.move', { from: status(item.from), to: status(item.to) })}</p> : null}
            {item.reason ? <p>{t('review.history.reason', { reason: item.field ? `${fieldLabel(item.field)}: ${item.reason}` : item.reason })}</p> : null}
            {item.changes.length > 0 ? (
              <ul>
                {item.changes.map(([key, before, after]) => (
                  <li key={key}>{t('review.history.change', { field: fieldLabel(key), before, after })}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
