/**
 * The last entries saved in this session (number and name), newest first; Enter or a click
 * reopens one in the form. Session memory only: the list dies with the screen and the session.
 */
import type { EntryId } from '../../store/types';
import { useT } from '../../i18n/use-t';

export interface RecentEntry {
  id: EntryId;
  so: string;
  name: string;
}

export const RECENT_LIMIT = 5;

/** Adds a saved entry on top, once, keeping the newest few. */
export const withRecent = (list: readonly RecentEntry[], entry: RecentEntry): RecentEntry[] =>
  [entry, ...list.filter((r) => r.id !== entry.id)].slice(0, RECENT_LIMIT);

export function RecentEntries({ entries, onOpen }: { entries: readonly RecentEntry[]; onOpen: (id: EntryId) => void }) {
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <section className="entry-recent" aria-labelledby="entry-recent-title">
      <h2 id="entry-recent-title">{t('entry.recent.title')}</h2>
      <ol data-testid="entry-recent">
        {entries.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" data-testid="entry-recent-item" onClick={() => onOpen(r.id)}>
              {t('entry.recent.item', { so: r.so || t('entry.noSo'), name: r.name || t('entry.noName') })}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
