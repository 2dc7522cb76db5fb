/**
 * Placeholder until the search screen lands; shows the area title only.
 */
import type { SessionInfo } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { ScreenHeading } from '../../ui/ScreenHeading';

export function SearchScreen(_props: { session: SessionInfo }) {
  const t = useT();
  return (
    <section data-testid="screen-search">
      <ScreenHeading>{t('nav.search')}</ScreenHeading>
    </section>
  );
}
