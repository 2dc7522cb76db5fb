/**
 * The empty screen of an area whose work is not built yet: its title and one sentence on what
 * will come there. Must not load or show any data.
 */
import { useT } from '../../i18n/use-t';
import { ScreenHeading } from '../../ui/ScreenHeading';
import type { AreaId } from '../navigation/areas';

export type PlaceholderArea = Extract<AreaId, 'security' | 'sync'>;

export function PlaceholderScreen({ area }: { area: PlaceholderArea }) {
  const t = useT();
  return (
    <section data-testid={`screen-${area}`}>
      <ScreenHeading>{t(`nav.${area}`)}</ScreenHeading>
      <p className="placeholder">{t(`placeholder.${area}`)}</p>
    </section>
  );
}
