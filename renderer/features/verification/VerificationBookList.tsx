/** The books whose policy asks for verification, with the policy; Enter opens the book's queue. */
import { useLocale, useT } from '../../i18n/use-t';
import type { CitizenStore } from '../../store/citizen-store';
import type { BookView } from '../../store/types';
import { BookChoiceList, bookYears } from '../books/BookChoiceList';
import { registerTypeName } from '../books/register-type-names';

const verified = async (citizen: CitizenStore) => (await citizen.books.list()).filter((b) => b.verification.mode !== 'none').map((book) => ({ book }));

export function VerificationBookList({ onOpen }: { onOpen: (book: BookView) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const policyText = (b: BookView) =>
    b.verification.mode === 'nth' ? t('verification.books.everyNth', { n: b.verification.n }) : t(`verification.policy.mode.${b.verification.mode}`);
  return (
    <BookChoiceList
      load={verified}
      text="verification.books"
      testId="verification-books"
      itemTestId={(b) => `verification-book-${b.quyenSo}`}
      line={({ book }) => t('verification.books.item', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo, years: bookYears(book), policy: policyText(book) })}
      onOpen={({ book }) => onOpen(book)}
    />
  );
}
