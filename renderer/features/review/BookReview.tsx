/**
 * One book under review: its queue (scanned pages with entries waiting, entries linked to no
 * page), one scanned page beside its entries, or one entry opened from either. After a decision
 * it reloads the queue and goes on: to the same page while entries of it wait, else the next
 * page, and from the list to the next entry still waiting, so the officer can go A, A, R…
 * through the book. Holds ids, the book and messages only.
 */
import { useCallback, useEffect, useState } from 'react';
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import type { ReviewPages } from '../../../shared/domain/review-pages';
import { useCitizen } from '../../app/citizen-context';
import { useT } from '../../i18n/use-t';
import type { BookId, BookView, EntryId, SessionInfo } from '../../store/types';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { useAction } from '../../ui/use-action';
import { EntryReview } from './EntryReview';
import { PageReview } from './PageReview';
import { nextToReview, pageAfter } from './review-queue';
import { ReviewQueue } from './ReviewQueue';

interface Loaded {
  book: BookView;
  def: RegisterTypeDef;
  grouped: ReviewPages<EntryId>;
}

/** What is on screen; an entry remembers the page it was opened from (null: from the list). */
type Shown = { kind: 'list' } | { kind: 'page'; pageId: string } | { kind: 'entry'; id: EntryId; pageId: string | null };

const pageIds = (grouped: ReviewPages<EntryId>) => grouped.pages.map((p) => p.pageId);

export function BookReview({ session, bookId, onOtherBook }: { session: SessionInfo; bookId: BookId; onOtherBook: () => void }) {
  const t = useT();
  const citizen = useCitizen();
  const { run, error } = useAction();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [listPage, setListPage] = useState(0);
  const [shown, setShown] = useState<Shown>({ kind: 'list' });
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const book = await citizen.books.get(bookId);
    const grouped = await citizen.review.byPage(bookId);
    const next = { book, def: getRegisterType(RegisterTypeCode.parse(book.type)), grouped };
    setLoaded(next);
    return next;
  }, [citizen, bookId]);

  useEffect(() => {
    void run(async () => void (await load()));
  }, [run, load]);

  /** Reloads after a decision and shows what comes next. */
  const moveOn = (message: string, next: (before: ReviewPages<EntryId>, after: ReviewPages<EntryId>) => Shown) =>
    run(async () => {
      const before = loaded?.grouped ?? { pages: [], unlinked: [] };
      const { grouped } = await load();
      setNotice(message);
      setShown(next(before, grouped));
    });

  const onPage = (pageId: string | null): Shown => (pageId ? { kind: 'page', pageId } : { kind: 'list' });

  const decided = (id: EntryId, from: string | null, message: string) =>
    moveOn(message, (before, after) => {
      if (from) return onPage(pageAfter(pageIds(before), from, pageIds(after)));
      const next = nextToReview(before.unlinked, id, after.unlinked);
      return next ? { kind: 'entry', id: next, pageId: null } : { kind: 'list' };
    });

  const approvedPage = (pageId: string, number: number, count: number) =>
    moveOn(t('review.page.approved', { n: count, page: number }), (before, after) => onPage(pageAfter(pageIds(before), pageId, pageIds(after))));

  if (!loaded) return <ErrorNotice message={error} />;
  const pages = loaded.grouped.pages;
  const position = shown.kind === 'page' ? pages.findIndex((p) => p.pageId === shown.pageId) : -1;
  const page = pages[position];
  return (
    <>
      <StatusNotice message={notice} />
      <ErrorNotice message={error} />
      {shown.kind === 'entry' ? (
        <EntryReview
          key={shown.id}
          session={session}
          book={loaded.book}
          def={loaded.def}
          id={shown.id}
          onDecided={(message) => void decided(shown.id, shown.pageId, message)}
          onBack={() => setShown(onPage(shown.pageId))}
        />
      ) : page ? (
        <PageReview
          key={page.pageId}
          session={session}
          book={loaded.book}
          def={loaded.def}
          page={page}
          position={position}
          total={pages.length}
          onOpen={(id) => {
            setNotice(null);
            setShown({ kind: 'entry', id, pageId: page.pageId });
          }}
          onApproved={(count) => void approvedPage(page.pageId, page.number, count)}
          onMove={(delta) => {
            const next = pages[position + delta];
            if (next) setShown({ kind: 'page', pageId: next.pageId });
          }}
          onBack={() => setShown({ kind: 'list' })}
        />
      ) : (
        <ReviewQueue
          session={session}
          book={loaded.book}
          grouped={loaded.grouped}
          page={listPage}
          onPage={setListPage}
          onOpen={(id) => {
            setNotice(null);
            setShown({ kind: 'entry', id, pageId: null });
          }}
          onOpenPage={(pageId) => {
            setNotice(null);
            setShown({ kind: 'page', pageId });
          }}
          onOtherBook={onOtherBook}
        />
      )}
    </>
  );
}
