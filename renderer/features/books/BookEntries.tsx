/**
 * One book's entries, newest first, in the virtualised result list, with a way back to the
 * books. Reads ids through the same search as the search screen (filtered by book).
 */
import { useMemo } from 'react';
import type { BookId, BookView, UserId } from '../../store/types';
import { useLocale, useT } from '../../i18n/use-t';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { EntryResults } from '../search/EntryResults';
import { ResultCount } from '../search/ResultCount';
import { useEntrySearch } from '../search/use-entry-search';
import { registerTypeName } from './register-type-names';

export interface BookEntriesProps {
  book: BookView;
  books: ReadonlyMap<BookId, BookView>;
  userName: (id: UserId) => string;
  onBack: () => void;
}

export function BookEntries({ book, books, userName, onBack }: BookEntriesProps) {
  const t = useT();
  const { locale } = useLocale();
  const query = useMemo(() => ({ bookId: book.id }), [book.id]);
  const search = useEntrySearch(query, 0);
  return (
    <section data-testid="book-entries">
      <ScreenHeading>{t('books.list.title', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <div className="actions">
        <button type="button" className="secondary" data-testid="book-entries-back" onClick={onBack}>
          {t('books.list.back')}
        </button>
      </div>
      <ResultCount search={search} />
      {search.ids && search.ids.length > 0 ? <EntryResults ids={search.ids} books={books} userName={userName} label={t('search.resultsLabel')} /> : null}
    </section>
  );
}
