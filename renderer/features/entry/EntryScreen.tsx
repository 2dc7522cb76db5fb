/**
 * The "Nhập liệu" area: without a book it offers the book picker; with a book it loads what the
 * form starts from (the book, its counts, the newest keyed entry for carried values, the entry
 * to edit or the clerk's unfinished draft) and hands over to EntryForm. Loads only; all keying
 * behaviour lives in the form.
 */
import { useCallback, useEffect, useState } from 'react';
import { entryStatuses } from '../../../shared/domain/lifecycle';
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';
import { useT } from '../../i18n/use-t';
import type { BookId, BookStats, BookView, EntryId, EntryView, SessionInfo } from '../../store/types';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { BookLocked } from './BookLocked';
import { BookPicker } from './BookPicker';
import { EntryForm, type EntryStart } from './EntryForm';

export function EntryScreen({ session, bookId, entryId }: { session: SessionInfo; bookId?: BookId; entryId?: EntryId }) {
  return bookId ? <BookEntry session={session} bookId={bookId} entryId={entryId} /> : <BookPicker />;
}

interface Loaded {
  book: BookView;
  def: RegisterTypeDef;
  start: EntryStart;
}

async function newest(citizen: ReturnType<typeof useCitizen>, ids: Promise<EntryId[]>): Promise<EntryView | null> {
  const [id] = await ids;
  if (!id) return null;
  const [view] = await citizen.entries.open([id]);
  return view ?? null;
}

/** Statuses of entries saved as keyed, whatever the review made of them since: the next entry carries values from the newest. */
const savedStatuses = entryStatuses.filter((s) => s !== 'draft' && s !== 'damaged');

/** Ids are creation-ordered, so the newest saved entry is the greatest of each status's newest. */
async function newestSavedFirst(citizen: ReturnType<typeof useCitizen>, bookId: BookId): Promise<EntryId[]> {
  const newestPerStatus = await Promise.all(savedStatuses.map((status) => citizen.entries.find({ bookId, status }, 1)));
  return newestPerStatus.flat().sort().reverse();
}

function BookEntry({ session, bookId, entryId }: { session: SessionInfo; bookId: BookId; entryId: EntryId | undefined }) {
  const t = useT();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [stats, setStats] = useState<BookStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshStats = useCallback(() => {
    citizen.books.stats(bookId).then(setStats, () => undefined);
  }, [citizen, bookId]);

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded> => {
      const book = await citizen.books.get(bookId);
      const code = RegisterTypeCode.parse(book.type);
      const [previous, entry, draft] = await Promise.all([
        newest(citizen, newestSavedFirst(citizen, bookId)),
        entryId ? citizen.entries.get(entryId) : Promise.resolve(null),
        entryId ? Promise.resolve(null) : newest(citizen, citizen.entries.find({ bookId, status: 'draft', createdBy: session.user.id }, 1)),
      ]);
      return { book, def: getRegisterType(code), start: { previous: previous?.values ?? null, entry, draft } };
    };
    load().then(
      (result) => live && setLoaded(result),
      (e: unknown) => live && setError(errorText(e)),
    );
    refreshStats();
    return () => {
      live = false;
    };
  }, [citizen, bookId, entryId, session.user.id, errorText, refreshStats]);

  if (!loaded) {
    return (
      <section data-testid="screen-entry">
        <ScreenHeading takeFocus={error !== null}>{t('nav.entry')}</ScreenHeading>
        <ErrorNotice message={error} />
        {error ? null : <p>{t('common.loading')}</p>}
      </section>
    );
  }
  if (loaded.book.status === 'accepted') return <BookLocked book={loaded.book} def={loaded.def} />;
  return <EntryForm book={loaded.book} def={loaded.def} stats={stats} start={loaded.start} onSaved={refreshStats} />;
}
