/**
 * The signed-in shell: skip link, header, navigation and the current area, plus the idle lock
 * and global shortcuts. App mounts it keyed by session, so all of its state dies on lock; it
 * must not hand any of that state back up.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { BOOK_FILE_PATTERN } from '../../shared/excel/file-names';
import { DEFAULT_UNIT_PRICE } from '../../shared/domain/report/weekly-report';
import type { InstallInfo, SessionInfo, Settings } from '../store/types';
import { areaForDigit, visibleAreas } from '../features/navigation/areas';
import { useT } from '../i18n/use-t';
import { AreaView } from './AreaView';
import { useCitizen } from './citizen-context';
import { Header } from './Header';
import { NavigationContext, type NavTarget } from './navigation';
import { NavBar } from './NavBar';
import { useAppShortcuts } from './use-app-shortcuts';
import { useIdleLock } from './use-idle-lock';
import { useServices } from './use-services';

const DEFAULT_IDLE_MINUTES = 10;

export function AppFrame({ install, session }: { install: InstallInfo; session: SessionInfo }) {
  const t = useT();
  const { store, host } = useServices();
  const citizen = useCitizen();
  const areas = useMemo(() => visibleAreas(session.user.roles, session.citizenAccess), [session]);
  const [target, setTarget] = useState<NavTarget>({ area: areas[0] ?? 'settings' });
  const navigate = useCallback((next: NavTarget) => {
    if (areas.includes(next.area)) setTarget(next);
  }, [areas]);
  const area = target.area;
  const [settings, setSettings] = useState<Settings | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    store.settings.get().then(setSettings, () => setSettings({ idleLockMinutes: DEFAULT_IDLE_MINUTES, exportFileName: BOOK_FILE_PATTERN, unitPrice: DEFAULT_UNIT_PRICE }));
  }, [store]);

  // Search and duplicate checks answer from an in-memory index: load it while the clerk settles in.
  useEffect(() => {
    if (session.citizenAccess) citizen.entries.prepareSearch().catch(() => undefined);
  }, [citizen, session]);

  const lock = (reason: 'manual' | 'idle') => {
    // SECURITY: a lock that fails leaves the session open; record it so a technician sees it.
    store.lock(reason).catch(() => host.invoke('log.write', { level: 'error', event: 'ui.lock_failed', fields: { reason } }));
  };

  useIdleLock(settings?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES, () => lock('idle'));
  useAppShortcuts({
    onLock: () => lock('manual'),
    onDigit: (digit) => {
      const target = areaForDigit(areas, digit);
      if (target) navigate({ area: target });
    },
  });

  const skipToMain = (e: MouseEvent) => {
    e.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('frame.skip')}
      </a>
      <Header install={install} session={session} onLock={() => lock('manual')} />
      <div className="app-body">
        <NavBar areas={areas} current={area} onSelect={(next) => navigate({ area: next })} />
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <NavigationContext value={navigate}>
            <AreaView key={JSON.stringify(target)} target={target} session={session} settings={settings} onSettings={setSettings} />
          </NavigationContext>
        </main>
      </div>
    </div>
  );
}
