/**
 * How an accepted book shows it is locked in the books list: the word "Đã khóa" (not an icon
 * alone) and who accepted it, when. Presentational.
 */
import { formatDate } from '../../../i18n/dates';
import { useT } from '../../../i18n/use-t';
import type { BookAcceptance, UserId } from '../../../store/types';

export function AcceptedMark({ acceptance, userName }: { acceptance: BookAcceptance; userName: (id: UserId) => string }) {
  const t = useT();
  return (
    <>
      {' '}
      <strong className="book-locked" data-testid="book-locked">
        {t('acceptance.locked')}
      </strong>
      <span className="book-accepted-by">{t('acceptance.acceptedBy', { name: userName(acceptance.by), date: formatDate(acceptance.at) })}</span>
    </>
  );
}
