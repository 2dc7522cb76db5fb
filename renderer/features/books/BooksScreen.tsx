/**
 * The books area: the registered books with their progress, filtered by type and text; the
 * book form (register or edit, for those who manage books); and one book's entry list. Owns
 * which of the three is showing; the store decides for real who may save a book.
 */
import { useMemo, useState } from 'react';
import { can } from '../../../shared/auth/roles';
import type { BookView, SessionInfo } from '../../store/types';
import { useNavigate } from '../../app/navigation';
import { useLocale, useT } from '../../i18n/use-t';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { AcceptanceScreen } from './acceptance/AcceptanceScreen';
import { BookStateActions } from './acceptance/BookStateActions';
import { emptyBookFilter, filterBooks } from './book-list';
import { BookEntries } from './BookEntries';
import { BookForm } from './BookForm';
import { BookTable } from './BookTable';
import { ExcelImport } from './excel-import/ExcelImport';
import { BookExport } from './book-export/BookExport';
import { BookScans } from './scans/BookScans';
import { registerTypeOptions } from './register-type-names';
import { useBooksOverview } from './use-books-overview';
import { useUserNames } from './use-user-names';

type View =
  | { kind: 'list' }
  | { kind: 'form'; book?: BookView }
  | { kind: 'entries'; book: BookView }
  | { kind: 'import'; book: BookView }
  | { kind: 'acceptance'; book: BookView }
  | { kind: 'scans'; book: BookView }
  | { kind: 'export'; book: BookView };

export function BooksScreen({ session }: { session: SessionInfo }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const overview = useBooksOverview();
  const userName = useUserNames(session);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [filter, setFilter] = useState(emptyBookFilter);
  const [status, setStatus] = useState<string | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const canManage = can(session.user.roles, 'manageBooks');
  const canKey = can(session.user.roles, 'keyEntries');
  const canReview = can(session.user.roles, 'review');
  const byId = useMemo(() => new Map(overview.books.map((b) => [b.id, b])), [overview.books]);
  const shown = useMemo(() => filterBooks(overview.books, filter), [overview.books, filter]);

  if (view.kind === 'form') {
    return (
      <section data-testid="screen-books">
        <BookForm
          {...(view.book ? { book: view.book } : {})}
          others={overview.books}
          onCancel={() => setView({ kind: 'list' })}
          onSaved={(book) => {
            setStatus(t(view.book ? 'books.updated' : 'books.created', { quyenSo: book.quyenSo }));
            setView({ kind: 'list' });
            void overview.reload();
          }}
        />
      </section>
    );
  }

  if (view.kind === 'import') {
    return (
      <section data-testid="screen-books">
        <ExcelImport book={view.book} onBack={() => setView({ kind: 'list' })} onImported={() => void overview.reload()} />
      </section>
    );
  }

  if (view.kind === 'scans') {
    return (
      <section data-testid="screen-books">
        <BookScans book={view.book} onBack={() => setView({ kind: 'list' })} />
      </section>
    );
  }

  if (view.kind === 'acceptance') {
    return (
      <section data-testid="screen-books">
        <AcceptanceScreen
          book={view.book}
          onBack={() => setView({ kind: 'list' })}
          onAccepted={(book) => {
            setStatus(t('acceptance.accepted', { quyenSo: book.quyenSo }));
            setView({ kind: 'list' });
            void overview.reload();
          }}
        />
      </section>
    );
  }

  if (view.kind === 'export') {
    return (
      <section data-testid="screen-books">
        <BookExport book={view.book} session={session} onBack={() => setView({ kind: 'list' })} onExported={() => void overview.reload()} />
      </section>
    );
  }

  if (view.kind === 'entries') {
    return <BookEntries book={view.book} books={byId} userName={userName} onBack={() => setView({ kind: 'list' })} />;
  }

  return (
    <section data-testid="screen-books">
      <ScreenHeading>{t('nav.books')}</ScreenHeading>
      <StatusNotice message={status} />
      <ErrorNotice message={moveError ?? overview.error} />
      {canManage ? (
        <div className="actions">
          <button type="button" data-testid="book-new" onClick={() => setView({ kind: 'form' })}>
            {t('books.new')}
          </button>
        </div>
      ) : null}
      <div className="filters books-filters" role="search">
        <SelectField
          label={t('books.filter.type')}
          name="bookFilterType"
          value={filter.type}
          options={[{ value: '', label: t('books.filter.allTypes') }, ...registerTypeOptions(locale)]}
          onChange={(type) => setFilter((f) => ({ ...f, type }))}
        />
        <TextField label={t('books.filter.text')} name="bookFilterText" type="search" autoComplete="off" value={filter.text} onChange={(text) => setFilter((f) => ({ ...f, text }))} />
      </div>
      {overview.loaded ? (
        <p className="count" data-testid="books-count">
          {t('books.count', { shown: shown.length, total: overview.books.length })}
        </p>
      ) : (
        <p className="count">{t('common.loading')}</p>
      )}
      {overview.loaded && overview.books.length === 0 ? <p data-testid="books-empty">{t('books.empty')}</p> : null}
      {overview.books.length > 0 && shown.length === 0 ? <p data-testid="books-empty-filtered">{t('books.emptyFiltered')}</p> : null}
      {shown.length > 0 ? (
        <BookTable
          books={shown}
          stats={overview.stats}
          userName={userName}
          canManage={canManage}
          canKey={canKey}
          onKey={(book) => navigate({ area: 'entry', bookId: book.id })}
          onImport={(book) => {
            setStatus(null);
            setView({ kind: 'import', book });
          }}
          onEntries={(book) => setView({ kind: 'entries', book })}
          canExport={canReview}
          onExport={(book) => {
            setStatus(null);
            setView({ kind: 'export', book });
          }}
          stateActions={(book) => (
            <BookStateActions
              book={book}
              roles={session.user.roles}
              onAccept={(accepting) => {
                setStatus(null);
                setMoveError(null);
                setView({ kind: 'acceptance', book: accepting });
              }}
              onMoved={(message) => {
                setMoveError(null);
                setStatus(message);
                void overview.reload();
              }}
              onError={(message) => {
                setStatus(null);
                setMoveError(message);
              }}
            />
          )}
          onScans={(book) => {
            setStatus(null);
            setView({ kind: 'scans', book });
          }}
          onEdit={(book) => {
            setStatus(null);
            setView({ kind: 'form', book });
          }}
        />
      ) : null}
    </section>
  );
}
