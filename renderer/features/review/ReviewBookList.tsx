/** Every book with the number of its entries awaiting review; Enter opens the book's queue. */
import { useLocale, useT } from '../../i18n/use-t';
import type { CitizenStore } from '../../store/citizen-store';
import type { BookId } from '../../store/types';
import { BookChoiceList, bookYears } from '../books/BookChoiceList';
import { registerTypeName } from '../books/register-type-names';

const withWaiting = async (citizen: CitizenStore) =>
  Promise.all((await citizen.books.list()).map(async (book) => ({ book, waiting: (await citizen.review.queue(book.id)).length })));

export function ReviewBookList({ onOpen }: { onOpen: (id: BookId) => void }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <BookChoiceList
      load={withWaiting}
      text="review.books"
      testId="review-books"
      itemTestId={(b) => `review-book-${b.quyenSo}`}
      line={({ book, waiting }) => t('review.books.item', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo, years: bookYears(book), waiting })}
      onOpen={({ book }) => onOpen(book.id)}
    />
  );
}
