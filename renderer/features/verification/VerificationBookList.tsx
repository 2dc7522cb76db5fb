/**
 * The books whose policy asks for verification, one button each: arrows move, Enter opens the
 * book's queue. Book fields and the policy only, never entry content.
 */
import { useEffect, useRef, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { registerTypeName } from '../books/register-type-names';

export function VerificationBookList({ onOpen }: { onOpen: (book: BookView) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [books, setBooks] = useState<BookView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    citizen.books.list().then(
      (list) => live && setBooks(list.filter((b) => b.verification.mode !== 'none')),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [citizen, errorText]);

  useEffect(() => {
    listRef.current?.querySelector('button')?.focus();
  }, [books]);

  const policyText = (b: BookView) =>
    b.verification.mode === 'nth' ? t('verification.books.everyNth', { n: b.verification.n }) : t(`verification.policy.mode.${b.verification.mode}`);

  return (
    <>
      <ScreenHeading takeFocus={books !== null && books.length === 0}>{t('verification.books.title')}</ScreenHeading>
      <ErrorNotice message={error} />
      {books === null && !error ? <p>{t('common.loading')}</p> : null}
      {books !== null && books.length === 0 ? <p>{t('verification.books.empty')}</p> : null}
      {books !== null && books.length > 0 ? (
        <>
          <p className="field-hint">{t('verification.books.intro')}</p>
          <ul ref={listRef} className="entry-book-list" aria-label={t('verification.books.listLabel')} onKeyDown={moveFocusWithArrows} data-testid="verification-books">
            {books.map((b) => (
              <li key={b.id}>
                <button type="button" className="secondary" data-testid={`verification-book-${b.quyenSo}`} onClick={() => onOpen(b)}>
                  {t('verification.books.item', {
                    type: registerTypeName(b.type, locale),
                    quyenSo: b.quyenSo,
                    years: b.yearFrom === b.yearTo ? b.yearFrom : `${b.yearFrom}–${b.yearTo}`,
                    policy: policyText(b),
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
