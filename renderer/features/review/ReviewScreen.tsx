/**
 * The "Kiểm tra" area: the justice officer picks a book, then works through its queue of
 * entries awaiting review. Holds which book is open; each step owns its own loading.
 */
import { useState } from 'react';
import type { BookId, SessionInfo } from '../../store/types';
import { BookReview } from './BookReview';
import { ReviewBookList } from './ReviewBookList';

export function ReviewScreen({ session }: { session: SessionInfo }) {
  const [bookId, setBookId] = useState<BookId | null>(null);
  return (
    <section data-testid="screen-review">
      {bookId ? <BookReview session={session} bookId={bookId} onOtherBook={() => setBookId(null)} /> : <ReviewBookList onOpen={setBookId} />}
    </section>
  );
}
