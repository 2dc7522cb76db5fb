/**
 * The signed-in clerk's entries the justice officer returned, each with the reason; Enter or a
 * click opens one in the entry form to fix it. Shown above the book picker; renders nothing
 * when there is nothing to fix.
 */
import { useEffect, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import { useNavigate } from '../../app/navigation';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookId, BookView, EntryView } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { registerTypeName } from '../books/register-type-names';
import { mainPersonOf } from '../search/main-person';

export function ReturnedEntries({ books }: { books: ReadonlyMap<BookId, BookView> }) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const navigate = useNavigate();
  const [entries, setEntries] = useState<EntryView[]>([]);

  useEffect(() => {
    let live = true;
    citizen.review.returned().then(
      async (ids) => {
        const views = await citizen.entries.open(ids);
        if (live) setEntries(views);
      },
      // The book list below still works; the officer's returns show on the next visit.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [citizen]);

  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="entry-returned-title" className="entry-returned">
      <h2 id="entry-returned-title">{t('review.returnedList.title')}</h2>
      <ul className="entry-book-list" onKeyDown={moveFocusWithArrows} data-testid="entry-returned">
        {entries.map((e) => {
          const book = books.get(e.bookId);
          return (
            <li key={e.id}>
              <button type="button" className="secondary" data-testid="entry-returned-item" onClick={() => navigate({ area: 'entry', bookId: e.bookId, entryId: e.id })}>
                {t('review.returnedList.item', {
                  type: registerTypeName(e.type, locale),
                  quyenSo: book?.quyenSo ?? '',
                  so: e.values['so'] || t('entry.noSo'),
                  name: mainPersonOf(e.type, e.values).name || t('entry.noName'),
                  reason: e.review?.reason ?? '',
                })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
