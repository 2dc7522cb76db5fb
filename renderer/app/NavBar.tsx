/**
 * Left navigation over the areas this session may see, with their Alt+digit shortcuts.
 * Presentational; AppFrame decides which areas exist and which is current.
 */
import type { AreaId } from '../features/navigation/areas';
import { useT } from '../i18n/use-t';

const digitLabel = (index: number): string | null => (index < 9 ? String(index + 1) : index === 9 ? '0' : null);

export function NavBar({ areas, current, onSelect }: { areas: readonly AreaId[]; current: AreaId; onSelect: (area: AreaId) => void }) {
  const t = useT();
  return (
    <nav className="app-nav" aria-label={t('frame.navLabel')}>
      <ul>
        {areas.map((area, index) => {
          const digit = digitLabel(index);
          return (
            <li key={area}>
              <button
                type="button"
                data-testid={`nav-${area}`}
                aria-current={area === current ? 'page' : undefined}
                aria-keyshortcuts={digit ? `Alt+${digit}` : undefined}
                onClick={() => onSelect(area)}
              >
                <span>{t(`nav.${area}`)}</span>
                {digit ? <kbd>Alt+{digit}</kbd> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
