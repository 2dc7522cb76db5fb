/**
 * Placeholder until the entry form lands; shows the area title only.
 */
import type { BookId, EntryId, SessionInfo } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { ScreenHeading } from '../../ui/ScreenHeading';

export function EntryScreen(_props: { session: SessionInfo; bookId?: BookId; entryId?: EntryId }) {
  const t = useT();
  return (
    <section data-testid="screen-entry">
      <ScreenHeading>{t('nav.entry')}</ScreenHeading>
    </section>
  );
}
