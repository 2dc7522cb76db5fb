/**
 * The entry screen without a book: every register book a clerk can key, with the entries
 * returned to them above; Enter opens the book for keying.
 */
import { useMemo } from 'react';
import { RegisterTypeCode } from '../../../shared/domain/register-types';
import { useNavigate } from '../../app/navigation';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView } from '../../store/types';
import { BookChoiceList } from '../books/BookChoiceList';
import { registerTypeName } from '../books/register-type-names';
import { ReturnedEntries } from './ReturnedEntries';

const keyable = async (books: Promise<BookView[]>) => (await books).filter((b) => RegisterTypeCode.safeParse(b.type).success).map((book) => ({ book }));

export function BookPicker() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  return (
    <section data-testid="screen-entry" className="entry-picker">
      <BookChoiceList
        load={(citizen) => keyable(citizen.books.list())}
        text="entry.picker"
        testId="entry-book-picker"
        itemTestId={(b) => `entry-book-${b.type}-${b.quyenSo}`}
        above={(items) => <Returned books={items.map((i) => i.book)} />}
        line={({ book: b }) => t('entry.picker.book', { type: registerTypeName(b.type, locale), quyenSo: b.quyenSo, yearFrom: b.yearFrom, yearTo: b.yearTo, body: b.registeringBody })}
        onOpen={({ book }) => navigate({ area: 'entry', bookId: book.id })}
      />
    </section>
  );
}

function Returned({ books }: { books: BookView[] }) {
  const byId = useMemo(() => new Map(books.map((b) => [b.id, b])), [books]);
  return <ReturnedEntries books={byId} />;
}
