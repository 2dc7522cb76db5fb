/**
 * Top of the UI: a small screen state machine over the store's session.
 *
 *   starting ──install() null──▶ setup ──wizard done──▶ open
 *      │                                                 ▲  │
 *      └──install() found──▶ locked ──login/recover──────┘  │ store.onLock (button, Ctrl+L,
 *                              ▲                            │ idle, host system.lock)
 *                              └────────────────────────────┘
 *   starting ──store failed──▶ failed
 *
 * `open` renders AppFrame keyed by a fresh generation per session, so locking unmounts the
 * whole authenticated tree and no decrypted state survives in React. This component must keep
 * nothing from a session beyond InstallInfo (commune names).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppStore } from '../store/app-store-api';
import type { InstallInfo, LockReason, SessionInfo } from '../store/types';
import { LoginScreen } from '../features/auth/LoginScreen';
import { SetupWizard } from '../features/setup/SetupWizard';
import { useT } from '../i18n/use-t';
import type { CitizenStore } from '../store/citizen-store';
import type { ScanStore } from '../store/scan-store';
import { AppFrame } from './AppFrame';
import { CitizenContext } from './citizen-context';
import { ScanContext } from './scan-context';
import type { HostPort } from './host-port';
import { ServicesContext } from './services-context';
import { StartupFailure } from './StartupFailure';

type Screen =
  | { kind: 'starting' }
  | { kind: 'failed' }
  | { kind: 'setup' }
  | { kind: 'locked'; install: InstallInfo; reason: LockReason | null }
  | { kind: 'open'; install: InstallInfo; session: SessionInfo; generation: number };

export function App({ store, citizen, scans, host }: { store: AppStore; citizen: CitizenStore; scans: ScanStore; host: HostPort }) {
  const [screen, setScreen] = useState<Screen>({ kind: 'starting' });
  const generation = useRef(0);
  const services = useMemo(() => ({ store, host }), [store, host]);

  const open = useCallback((install: InstallInfo, session: SessionInfo) => {
    generation.current += 1;
    setScreen({ kind: 'open', install, session, generation: generation.current });
  }, []);

  useEffect(() => {
    store.install().then(
      (install) => {
        if (!install) return setScreen({ kind: 'setup' });
        const session = store.session();
        if (session) open(install, session);
        else setScreen({ kind: 'locked', install, reason: null });
      },
      () => setScreen({ kind: 'failed' }),
    );
  }, [store, open]);

  useEffect(
    () => store.onLock((reason) => setScreen((s) => (s.kind === 'open' ? { kind: 'locked', install: s.install, reason } : s))),
    [store],
  );

  useEffect(
    () =>
      host.on('system.lock', ({ reason }) => {
        if (store.session()) void store.lock(reason);
      }),
    [host, store],
  );

  const afterSetup = async () => {
    const install = await store.install();
    const session = store.session();
    // The session may have locked (idle, OS lock) while the recovery code was on screen.
    if (install && session) open(install, session);
    else if (install) setScreen({ kind: 'locked', install, reason: null });
  };

  return (
    <ServicesContext value={services}>
      <CitizenContext value={citizen}>
        <ScanContext value={scans}>
          {screen.kind === 'starting' ? <Starting /> : null}
          {screen.kind === 'failed' ? <StartupFailure /> : null}
          {screen.kind === 'setup' ? <SetupWizard onDone={() => void afterSetup()} /> : null}
          {screen.kind === 'locked' ? <LoginScreen install={screen.install} lockReason={screen.reason} onSession={(session) => open(screen.install, session)} /> : null}
          {screen.kind === 'open' ? <AppFrame key={screen.generation} install={screen.install} session={screen.session} /> : null}
        </ScanContext>
      </CitizenContext>
    </ServicesContext>
  );
}

function Starting() {
  const t = useT();
  return (
    <p className="starting" role="status">
      {t('common.loading')}
    </p>
  );
}
