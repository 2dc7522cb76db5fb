/**
 * The books as a table: type, number, years, registering body, paper, pages, survey count
 * against keyed/damaged/drafts with a progress bar, status, who keyed, and the row's actions.
 * Presentational; BooksScreen decides what the buttons do and who sees which of them.
 */
import type { ReactNode } from 'react';
import type { BookStats, BookView, UserId } from '../../store/types';
import { useLocale, useT } from '../../i18n/use-t';
import { AcceptedMark } from './acceptance/AcceptedMark';
import { keyedSoFar, progressOf } from './book-list';
import { registerTypeName } from './register-type-names';

export interface BookTableProps {
  books: readonly BookView[];
  stats: ReadonlyMap<string, BookStats>;
  userName: (id: UserId) => string;
  canManage: boolean;
  /** Only people who key entries get the "Nhập liệu" button; the lead manages books but does not key. */
  canKey: boolean;
  onKey: (book: BookView) => void;
  /** Same people as onKey: importing a team's file is keying in bulk. */
  onImport: (book: BookView) => void;
  onEntries: (book: BookView) => void;
  onEdit: (book: BookView) => void;
  /** The justice officer's export of an accepted book for the Ministry. */
  canExport: boolean;
  onExport: (book: BookView) => void;
  /** The row's lifecycle buttons (finish keying, accept, re-open), as the screen builds them. */
  stateActions: (book: BookView) => ReactNode;
  /** For people who key or manage books: adding and arranging the page scans. */
  onScans: (book: BookView) => void;
}

export function BookTable({ books, stats, userName, canManage, canKey, onKey, onImport, onEntries, onEdit, stateActions, onScans, canExport, onExport }: BookTableProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="table-scroll books-table" tabIndex={0} aria-label={t('books.tableCaption')}>
      <table className="data-table" data-testid="books-table">
        <caption className="visually-hidden">{t('books.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('books.col.type')}</th>
            <th scope="col">{t('books.col.quyenSo')}</th>
            <th scope="col">{t('books.col.years')}</th>
            <th scope="col">{t('books.col.body')}</th>
            <th scope="col">{t('books.col.paper')}</th>
            <th scope="col" className="num">
              {t('books.col.pages')}
            </th>
            <th scope="col">{t('books.col.progress')}</th>
            <th scope="col">{t('books.col.status')}</th>
            <th scope="col">{t('books.col.clerks')}</th>
            <th scope="col">{t('books.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {books.map((book) => {
            const counts = stats.get(book.id);
            const progress = progressOf(book, counts);
            const clerks = counts?.clerks ?? [];
            return (
              <tr key={book.id} data-testid={`book-row-${book.quyenSo}`}>
                <td>
                  <span className="type-code">{book.type}</span> {registerTypeName(book.type, locale)}
                </td>
                <th scope="row" className="nowrap">
                  {book.quyenSo}
                </th>
                <td className="nowrap">{book.yearFrom === book.yearTo ? book.yearFrom : `${book.yearFrom}–${book.yearTo}`}</td>
                <td>{book.registeringBody}</td>
                <td>{book.paperSize}</td>
                <td className="num">{book.pageCount}</td>
                <td className="book-progress">
                  <p
                    className="book-counts"
                    data-testid="book-counts"
                    data-surveyed={book.surveyedCount}
                    data-keyed={keyedSoFar(counts)}
                    data-approved={counts?.approved ?? 0}
                    data-returned={counts?.returned ?? 0}
                    data-damaged={counts?.damaged ?? 0}
                    data-drafts={counts?.drafts ?? 0}
                  >
                    {t('books.counts', {
                      surveyed: book.surveyedCount,
                      keyed: keyedSoFar(counts),
                      approved: counts?.approved ?? 0,
                      returned: counts?.returned ?? 0,
                      damaged: counts?.damaged ?? 0,
                      drafts: counts?.drafts ?? 0,
                    })}
                  </p>
                  <progress max={1} value={progress.ratio ?? 0} aria-label={t('books.progressLabel', { quyenSo: book.quyenSo })} />
                  <span className="book-progress-text">{t('books.progress', { done: progress.done, surveyed: book.surveyedCount })}</span>
                </td>
                <td data-testid="book-status" data-status={book.status}>
                  {t(`books.status.${book.status}`)}
                  {book.acceptance ? <AcceptedMark acceptance={book.acceptance} userName={userName} /> : null}
                </td>
                <td>{clerks.length === 0 ? <span className="muted">{t('books.noClerks')}</span> : clerks.map(userName).join(', ')}</td>
                <td className="book-actions">
                  {canKey ? (
                    <button type="button" data-testid={`book-key-${book.quyenSo}`} onClick={() => onKey(book)}>
                      {t('books.key')}
                    </button>
                  ) : null}
                  {canKey && book.status !== 'accepted' ? (
                    <button type="button" className="secondary" data-testid={`book-import-${book.quyenSo}`} onClick={() => onImport(book)}>
                      {t('import.open')}
                    </button>
                  ) : null}
                  {canKey || canManage ? (
                    <button type="button" className="secondary" data-testid={`book-scans-${book.quyenSo}`} onClick={() => onScans(book)}>
                      {t('scans.open')}
                    </button>
                  ) : null}
                  <button type="button" className="secondary" data-testid={`book-entries-${book.quyenSo}`} onClick={() => onEntries(book)}>
                    {t('books.entries')}
                  </button>
                  {canExport && book.status === 'accepted' ? (
                    <button type="button" className="secondary" data-testid={`book-export-${book.quyenSo}`} onClick={() => onExport(book)}>
                      {t('export.open')}
                    </button>
                  ) : null}
                  {stateActions(book)}
                  {canManage && book.status !== 'accepted' ? (
                    <button type="button" className="secondary" data-testid={`book-edit-${book.quyenSo}`} onClick={() => onEdit(book)}>
                      {t('books.edit')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
