/**
 * Placeholder until the books screen lands; shows the area title only.
 */
import type { SessionInfo } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { ScreenHeading } from '../../ui/ScreenHeading';

export function BooksScreen(_props: { session: SessionInfo }) {
  const t = useT();
  return (
    <section data-testid="screen-books">
      <ScreenHeading>{t('nav.books')}</ScreenHeading>
    </section>
  );
}
