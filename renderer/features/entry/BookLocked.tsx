/**
 * What the entry screen shows for an accepted book instead of the form: the book is locked,
 * why, and who can re-open it, with a way to another book. The store refuses the writes anyway;
 * this keeps the clerk from typing an entry that cannot be saved.
 */
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { useNavigate } from '../../app/navigation';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView } from '../../store/types';
import { ScreenHeading } from '../../ui/ScreenHeading';

export function BookLocked({ book, def }: { book: BookView; def: RegisterTypeDef }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  return (
    <section data-testid="screen-entry">
      <ScreenHeading>{t('entry.book.title', { type: locale === 'en' ? def.nameEn : def.name, quyenSo: book.quyenSo })}</ScreenHeading>
      <p className="notice notice-error" role="alert" data-testid="entry-locked">
        {t('acceptance.entryLocked', { quyenSo: book.quyenSo })}
      </p>
      <div className="actions">
        <button type="button" data-testid="entry-locked-other" onClick={() => navigate({ area: 'entry' })}>
          {t('acceptance.otherBook')}
        </button>
      </div>
    </section>
  );
}
