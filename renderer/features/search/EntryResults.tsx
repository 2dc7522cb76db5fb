/**
 * A virtualised list of entries by id (search results, one book's entries): number, main
 * person, birth date, type, status, book and clerk. Decrypts only the rows on screen, through
 * useEntryViews; Enter or a double click opens the entry in the entry form. Must not open ids
 * that are not on screen.
 */
import { useCallback } from 'react';
import type { BookId, BookView, EntryId, EntryView, UserId } from '../../store/types';
import { useNavigate } from '../../app/navigation';
import { useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';
import { VirtualList } from '../../ui/VirtualList';
import { mainPersonOf } from './main-person';
import { useEntryViews } from './use-entry-views';

export interface EntryResultsProps {
  ids: readonly EntryId[];
  books: ReadonlyMap<BookId, BookView>;
  userName: (id: UserId) => string;
  label: string;
  /** Changes when the list answers a different question: focus and scroll go back to the top. */
  resetKey?: string;
}

const TEMPLATE = '7.5rem minmax(12rem, 2fr) 7rem 4rem 9rem 6rem minmax(8rem, 1fr)';

const rowTestId = (view: EntryView): string => `entry-row-${view.values['so'] ?? view.id}`;

export function EntryResults({ ids, books, userName, label, resetKey }: EntryResultsProps) {
  const t = useT();
  const navigate = useNavigate();
  const { view, request, failed } = useEntryViews();

  const onRange = useCallback((first: number, last: number) => request(ids.slice(first, last + 1)), [ids, request]);

  const viewAt = (index: number): EntryView | undefined => {
    const id = ids[index];
    return id ? view(id) : undefined;
  };

  const columns = [
    { label: t('search.col.so'), className: 'mono' },
    { label: t('search.col.name') },
    { label: t('search.col.birth') },
    { label: t('search.col.type') },
    { label: t('search.col.status') },
    { label: t('search.col.book') },
    { label: t('search.col.clerk') },
  ];

  const renderRow = (index: number) => {
    const entry = viewAt(index);
    if (!entry) return [t('search.loadingRow')];
    const person = mainPersonOf(entry.type, entry.values);
    return [
      entry.values['so'] ?? '',
      person.name,
      person.birth,
      entry.type,
      t(`search.status.${entry.status}`),
      books.get(entry.bookId)?.quyenSo ?? '',
      userName(entry.createdBy),
    ];
  };

  return (
    <>
      <VirtualList
        key={resetKey}
        count={ids.length}
        columns={columns}
        template={TEMPLATE}
        label={label}
        renderRow={renderRow}
        rowTestId={(index) => {
          const entry = viewAt(index);
          return entry ? rowTestId(entry) : undefined;
        }}
        onOpen={(index) => {
          const entry = viewAt(index);
          if (entry) navigate({ area: 'entry', bookId: entry.bookId, entryId: entry.id });
        }}
        onRange={onRange}
        testId="entry-results"
      />
      <ErrorNotice message={failed ? t('error.unexpected') : null} />
    </>
  );
}
