/**
 * The line above a result list: a hint while nothing is asked, "searching…", the count, or
 * "nothing found". Presentational; shared by the search screen and a book's entry list.
 */
import type { EntrySearch } from './use-entry-search';
import { useLocale, useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';

export function ResultCount({ search }: { search: EntrySearch }) {
  const t = useT();
  const { locale } = useLocale();
  const { ids, busy, error } = search;
  return (
    <div className="result-count" aria-live="polite">
      <ErrorNotice message={error} />
      {ids === null && !busy ? <p data-testid="search-hint">{t('search.hint')}</p> : null}
      {ids !== null && ids.length === 0 && !busy ? <p data-testid="search-no-results">{t('search.noResults')}</p> : null}
      {ids !== null && ids.length > 0 ? (
        <p className="count" data-testid="search-count" data-count={ids.length}>
          {t('search.count', { n: ids.length.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB') })}
        </p>
      ) : null}
      {busy ? <p className="count">{t('search.searching')}</p> : null}
    </div>
  );
}
