/**
 * The entry screen without a book: every register book as one button, arrow keys move between
 * them and Enter opens the book for keying. Lists books only; it must not show entry content.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types';
import { useCitizen } from '../../app/citizen-context';
import { useNavigate } from '../../app/navigation';
import { useErrorText } from '../../i18n/use-error-text';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ReturnedEntries } from './ReturnedEntries';

export function BookPicker() {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [books, setBooks] = useState<BookView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const byId = useMemo(() => new Map((books ?? []).map((b) => [b.id, b])), [books]);

  useEffect(() => {
    let live = true;
    citizen.books.list().then(
      (list) => live && setBooks(list.filter((b) => RegisterTypeCode.safeParse(b.type).success)),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [citizen, errorText]);

  useEffect(() => {
    listRef.current?.querySelector('button')?.focus();
  }, [books]);

  const typeName = (code: string) => {
    const parsed = RegisterTypeCode.safeParse(code);
    if (!parsed.success) return code;
    const def = getRegisterType(parsed.data);
    return locale === 'en' ? def.nameEn : def.name;
  };

  return (
    <section data-testid="screen-entry" className="entry-picker">
      <ScreenHeading takeFocus={books !== null && books.length === 0}>{t('entry.picker.title')}</ScreenHeading>
      <ErrorNotice message={error} />
      {books === null && !error ? <p>{t('common.loading')}</p> : null}
      {books !== null && books.length === 0 ? <p>{t('entry.picker.empty')}</p> : null}
      {books !== null && books.length > 0 ? (
        <>
          <ReturnedEntries books={byId} />
          <p className="field-hint">{t('entry.picker.intro')}</p>
          <ul ref={listRef} className="entry-book-list" aria-label={t('entry.picker.listLabel')} onKeyDown={moveFocusWithArrows} data-testid="entry-book-picker">
            {books.map((b) => (
              <li key={b.id}>
                <button type="button" className="secondary" data-testid={`entry-book-${b.type}-${b.quyenSo}`} onClick={() => navigate({ area: 'entry', bookId: b.id })}>
                  {t('entry.picker.book', { type: typeName(b.type), quyenSo: b.quyenSo, yearFrom: b.yearFrom, yearTo: b.yearTo, body: b.registeringBody })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
