/**
 * The justice officer's arbitration work: books whose double entries differ, then each entry's
 * differences one after another (ArbitrationCase). Loads one case at a time and drops it once
 * decided; shows field values only while the case is on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types';
import type { ArbitrationChoice } from '../../../shared/domain/verification';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';
import { useLocale, useT } from '../../i18n/use-t';
import type { ArbitrationCase as Case } from '../../store/double-entry';
import type { BookView } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { registerTypeName } from '../books/register-type-names';
import { ArbitrationCase } from './ArbitrationCase';

export function ArbitrationQueue() {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [books, setBooks] = useState<{ book: BookView; waiting: number }[] | null>(null);
  const [book, setBook] = useState<BookView | null>(null);
  const [current, setCurrent] = useState<Case | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadBooks = useCallback(async () => {
    const list = (await citizen.books.list()).filter((b) => b.verification.mode !== 'none' && b.verification.method === 'independent');
    setBooks(await Promise.all(list.map(async (b) => ({ book: b, waiting: (await citizen.doubleEntry.arbitrationQueue(b.id)).length }))));
  }, [citizen]);

  const loadCase = useCallback(
    async (of: BookView) => {
      const [id] = await citizen.doubleEntry.arbitrationQueue(of.id);
      setCurrent(id ? await citizen.doubleEntry.arbitration(id) : null);
    },
    [citizen],
  );

  useEffect(() => {
    loadBooks().catch((e: unknown) => setError(errorText(e)));
  }, [loadBooks, errorText]);

  const open = (b: BookView) => {
    setBook(b);
    loadCase(b).catch((e: unknown) => setError(errorText(e)));
  };

  const decide = async (choices: Record<string, ArbitrationChoice>) => {
    if (!book || !current || busy) return;
    setBusy(true);
    setError(null);
    try {
      await citizen.doubleEntry.arbitrate(current.entry.id, choices);
      setStatus(t('verification.arbitration.done', { so: current.entry.values['so'] ?? '' }));
      await loadCase(book);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const code = book ? RegisterTypeCode.safeParse(book.type) : null;
  const def = code?.success ? getRegisterType(code.data) : null;
  return (
    <section aria-labelledby="arbitration-title" data-testid="arbitration">
      <h2 id="arbitration-title">{t('verification.arbitration.title')}</h2>
      <StatusNotice message={status} />
      <ErrorNotice message={error} />
      {book === null && books !== null && books.length === 0 ? <p>{t('verification.arbitration.noBooks')}</p> : null}
      {book === null && books !== null && books.length > 0 ? (
        <ul className="entry-book-list" aria-label={t('verification.arbitration.listLabel')} onKeyDown={moveFocusWithArrows}>
          {books.map(({ book: b, waiting }) => (
            <li key={b.id}>
              <button type="button" className="secondary" data-testid={`arbitration-book-${b.quyenSo}`} onClick={() => open(b)}>
                {t('verification.arbitration.book', { type: registerTypeName(b.type, locale), quyenSo: b.quyenSo, waiting })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {book !== null && current === null ? <p data-testid="arbitration-none">{t('verification.arbitration.none')}</p> : null}
      {book !== null && current !== null && def ? (
        <>
          <p>{t('verification.arbitration.entry', { so: current.entry.values['so'] ?? '' })}</p>
          <ArbitrationCase key={current.entry.id} def={def} arbitration={current} busy={busy} onDecide={(choices) => void decide(choices)} />
        </>
      ) : null}
      {book !== null ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setBook(null);
            setCurrent(null);
            loadBooks().catch((e: unknown) => setError(errorText(e)));
          }}
        >
          {t('verification.entry.otherBook')}
        </button>
      ) : null}
    </section>
  );
}
