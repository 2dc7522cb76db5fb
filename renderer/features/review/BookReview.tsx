/**
 * One book under review: its queue of entries awaiting review, or one entry opened from it.
 * After a decision it reloads the queue and opens the next entry still waiting, so the
 * officer can go A, A, R… through the book. Holds ids, the book and messages only.
 */
import { useCallback, useEffect, useState } from 'react';
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { useCitizen } from '../../app/citizen-context';
import { useT } from '../../i18n/use-t';
import type { BookId, BookView, EntryId, SessionInfo } from '../../store/types';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { useAction } from '../../ui/use-action';
import { EntryReview } from './EntryReview';
import { nextToReview } from './review-queue';
import { ReviewQueue } from './ReviewQueue';

interface Loaded {
  book: BookView;
  def: RegisterTypeDef;
  queue: EntryId[];
}

export function BookReview({ session, bookId, onOtherBook }: { session: SessionInfo; bookId: BookId; onOtherBook: () => void }) {
  const t = useT();
  const citizen = useCitizen();
  const { run, error } = useAction();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<EntryId | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const book = await citizen.books.get(bookId);
    const queue = await citizen.review.queue(bookId);
    const next = { book, def: getRegisterType(RegisterTypeCode.parse(book.type)), queue };
    setLoaded(next);
    return next;
  }, [citizen, bookId]);

  useEffect(() => {
    void run(async () => void (await load()));
  }, [run, load]);

  const decided = (id: EntryId, message: string) =>
    run(async () => {
      const before = loaded?.queue ?? [];
      const { queue } = await load();
      setNotice(message);
      setOpenId(nextToReview(before, id, queue));
    });

  const approvedPage = (count: number) =>
    run(async () => {
      await load();
      setNotice(t('review.queue.approvedPage', { n: count }));
    });

  if (!loaded) return <ErrorNotice message={error} />;
  return (
    <>
      <StatusNotice message={notice} />
      <ErrorNotice message={error} />
      {openId ? (
        <EntryReview
          key={openId}
          session={session}
          book={loaded.book}
          def={loaded.def}
          id={openId}
          onDecided={(message) => void decided(openId, message)}
          onBack={() => setOpenId(null)}
        />
      ) : (
        <ReviewQueue
          session={session}
          book={loaded.book}
          queue={loaded.queue}
          page={page}
          onPage={setPage}
          onOpen={(id) => {
            setNotice(null);
            setOpenId(id);
          }}
          onApproved={(count) => void approvedPage(count)}
          onOtherBook={onOtherBook}
        />
      )}
    </>
  );
}
