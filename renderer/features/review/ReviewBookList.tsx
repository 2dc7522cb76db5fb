/**
 * Every book with the number of its entries awaiting review, one button each: arrows move,
 * Enter opens the book's queue. Shows book fields and counts only, never entry content.
 */
import { useEffect, useRef, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookId, BookView } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { registerTypeName } from '../books/register-type-names';

interface BookLine {
  book: BookView;
  waiting: number;
}

export function ReviewBookList({ onOpen }: { onOpen: (id: BookId) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [lines, setLines] = useState<BookLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const books = await citizen.books.list();
      return Promise.all(books.map(async (book) => ({ book, waiting: (await citizen.review.queue(book.id)).length })));
    };
    load().then(
      (loaded) => live && setLines(loaded),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [citizen, errorText]);

  useEffect(() => {
    listRef.current?.querySelector('button')?.focus();
  }, [lines]);

  return (
    <>
      <ScreenHeading takeFocus={lines !== null && lines.length === 0}>{t('review.books.title')}</ScreenHeading>
      <ErrorNotice message={error} />
      {lines === null && !error ? <p>{t('common.loading')}</p> : null}
      {lines !== null && lines.length === 0 ? <p>{t('review.books.empty')}</p> : null}
      {lines !== null && lines.length > 0 ? (
        <>
          <p className="field-hint">{t('review.books.intro')}</p>
          <ul ref={listRef} className="entry-book-list" aria-label={t('review.books.listLabel')} onKeyDown={moveFocusWithArrows} data-testid="review-books">
            {lines.map(({ book, waiting }) => (
              <li key={book.id}>
                <button type="button" className="secondary" data-testid={`review-book-${book.quyenSo}`} data-waiting={waiting} onClick={() => onOpen(book.id)}>
                  {t('review.books.item', {
                    type: registerTypeName(book.type, locale),
                    quyenSo: book.quyenSo,
                    years: book.yearFrom === book.yearTo ? book.yearFrom : `${book.yearFrom}–${book.yearTo}`,
                    waiting,
                  })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
