/**
 * The sign-in / lock screen: says why the session locked, then offers the login form or the
 * recovery form. Shown whenever no session is open; must not render anything from the
 * previous session beyond the commune name.
 */
import { useState } from 'react';
import type { InstallInfo, LockReason, SessionInfo } from '../../store/types';
import { LocaleSwitch } from '../../i18n/LocaleSwitch';
import { useT } from '../../i18n/use-t';
import { StatusNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { LoginForm } from './LoginForm';
import { RecoveryForm } from './RecoveryForm';

export interface LoginScreenProps {
  install: InstallInfo;
  lockReason: LockReason | null;
  onSession: (session: SessionInfo) => void;
}

export function LoginScreen({ install, lockReason, onSession }: LoginScreenProps) {
  const t = useT();
  const [recovering, setRecovering] = useState(false);
  return (
    <div className="card-page">
      <main className="card" id="main">
        <div className="card-top">
          <p className="brand">{t('app.name')}</p>
          <LocaleSwitch />
        </div>
        <p className="commune">{install.commune.commune.name} — {install.commune.province.name}</p>
        {recovering ? (
          <RecoveryForm onSession={onSession} onBack={() => setRecovering(false)} />
        ) : (
          <>
            <ScreenHeading takeFocus={false}>{t('login.title')}</ScreenHeading>
            <StatusNotice message={lockReason ? t(`lock.reason.${lockReason}`) : null} />
            <LoginForm onSession={onSession} onForgot={() => setRecovering(true)} />
          </>
        )}
      </main>
    </div>
  );
}
