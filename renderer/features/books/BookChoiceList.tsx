/**
 * Choosing a register book to work in (keying, review, verification): one button a book, arrow
 * keys move, Enter opens; loading, empty and error states said in words. Each screen brings what
 * it lists and how a line reads; book fields and counts only, never entry content.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';
import { useT } from '../../i18n/use-t';
import type { CitizenStore } from '../../store/citizen-store';
import type { BookView } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';

type TextPrefix = 'entry.picker' | 'review.books' | 'verification.books';

interface BookChoiceListProps<T extends { book: BookView }> {
  /** Read once per mount; a new function each render does not reload. */
  load: (citizen: CitizenStore) => Promise<T[]>;
  text: TextPrefix;
  line: (item: T) => string;
  onOpen: (item: T) => void;
  testId: string;
  itemTestId: (book: BookView) => string;
  /** Shown above the list once books have loaded. */
  above?: (items: T[]) => ReactNode;
}

export function BookChoiceList<T extends { book: BookView }>({ load, text, line, onOpen, testId, itemTestId, above }: BookChoiceListProps<T>) {
  const t = useT();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const loadRef = useRef(load);

  useEffect(() => {
    let live = true;
    loadRef.current(citizen).then(
      (loaded) => live && setItems(loaded),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [citizen, errorText]);

  useEffect(() => {
    listRef.current?.querySelector('button')?.focus();
  }, [items]);

  return (
    <>
      <ScreenHeading takeFocus={items !== null && items.length === 0}>{t(`${text}.title`)}</ScreenHeading>
      <ErrorNotice message={error} />
      {items === null && !error ? <p>{t('common.loading')}</p> : null}
      {items !== null && items.length === 0 ? <p>{t(`${text}.empty`)}</p> : null}
      {items !== null && items.length > 0 ? (
        <>
          {above?.(items)}
          <p className="field-hint">{t(`${text}.intro`)}</p>
          <ul ref={listRef} className="entry-book-list" aria-label={t(`${text}.listLabel`)} onKeyDown={moveFocusWithArrows} data-testid={testId}>
            {items.map((item) => (
              <li key={item.book.id}>
                <button type="button" className="secondary" data-testid={itemTestId(item.book)} onClick={() => onOpen(item)}>
                  {line(item)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export const bookYears = (book: BookView): string => (book.yearFrom === book.yearTo ? String(book.yearFrom) : `${book.yearFrom}–${book.yearTo}`);
