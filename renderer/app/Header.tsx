/**
 * The top bar: app name, commune, who is signed in with which roles, language and the lock
 * button. Shows nothing but names the person already knows.
 */
import type { InstallInfo, SessionInfo } from '../store/types';
import { RoleList } from '../features/users/RoleList';
import { LocaleSwitch } from '../i18n/LocaleSwitch';
import { useT } from '../i18n/use-t';

export function Header({ install, session, onLock }: { install: InstallInfo; session: SessionInfo; onLock: () => void }) {
  const t = useT();
  const { commune, district, province } = install.commune;
  return (
    <header className="app-header">
      <div className="brand-block">
        <p className="brand">{t('app.name')}</p>
        <p className="commune" data-testid="commune-name">
          {[commune.name, district?.name, province.name].filter(Boolean).join(', ')}
        </p>
      </div>
      <div className="header-tools">
        <p className="user">
          <span data-testid="current-user">{session.user.displayName}</span>
          <span className="roles">
            {' — '}
            <RoleList roles={session.user.roles} />
          </span>
        </p>
        <LocaleSwitch />
        <button type="button" className="lock" data-testid="lock-button" aria-keyshortcuts="Control+L" onClick={onLock}>
          {t('frame.lock')} <kbd>Ctrl+L</kbd>
        </button>
      </div>
    </header>
  );
}
