/**
 * The period's headline figures as tiles: a description list, so screen readers read each
 * figure with its label. Presentational.
 */
import { useT } from '../../i18n/use-t';
import type { SummaryItem } from './report-tables';

export function SummaryTiles({ items }: { items: readonly SummaryItem[] }) {
  const t = useT();
  return (
    <dl className="report-tiles" aria-label={t('reports.tiles.label')}>
      {items.map((item) => (
        <div key={item.id} className="report-tile" data-testid={`report-tile-${item.id}`}>
          <dt>{item.label}</dt>
          <dd className="report-tile-value">{item.value}</dd>
          {item.hint ? <dd className="muted">{item.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
